import { createBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { loadEnv, topology } from '@tiffin/topology';
import { createDeliveryService } from './app';

// Runs the delivery service on its own. Its partners live in other processes, so only RabbitMQ can
// connect them. services/host (`pnpm --filter @tiffin/service-host start`) runs all of them in one process.
const env = loadEnv();
if (!env.TIFFIN_AMQP_URL) {
  throw new Error(
    'the delivery service needs TIFFIN_AMQP_URL to run on its own: the embedded broker cannot reach services in other processes (run services/host to have all services in one process)',
  );
}
const logger = createLogger('delivery');
const broker = await createBroker({
  amqpUrl: env.TIFFIN_AMQP_URL,
  exchange: topology.broker.exchange,
  logger,
  // No reconnection inside: exiting lets the supervisor start a fresh process.
  onConnectionLost: (err) => {
    logger.fatal({ err }, 'lost the connection to RabbitMQ');
    process.exit(1);
  },
});
const service = createDeliveryService({ broker, logger });
await service.start();
await service.app.listen({ host: env.TIFFIN_BIND_HOST, port: topology.services.delivery.port });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'stopping');
    await broker.close();
    await service.stop();
    process.exit(0);
  });
}

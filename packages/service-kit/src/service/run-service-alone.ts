import { createBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { loadEnv, topology, type ServiceName } from '@tiffin/topology';
import type { Service, ServiceOptions } from './define-service';

/**
 * What a service's server.ts does: runs that one service in this process, listening on its agreed
 * port, until SIGINT or SIGTERM. Its partners live in other processes, so only RabbitMQ can connect
 * them; services/host (`pnpm --filter @tiffin/service-host start`) runs all of them in one process.
 */
export async function runServiceAlone<S extends Record<string, unknown>>(
  name: ServiceName,
  create: (options: ServiceOptions) => Service<S>,
): Promise<void> {
  const env = loadEnv();
  if (!env.TIFFIN_AMQP_URL) {
    throw new Error(
      `the ${name} service needs TIFFIN_AMQP_URL to run on its own: the embedded broker cannot reach services in other processes (run services/host to have all services in one process)`,
    );
  }
  const logger = createLogger(name);
  const exchange = env.TIFFIN_AMQP_EXCHANGE;
  // Reconnects by itself after a lost connection; meanwhile GET /health answers 503.
  const broker = await createBroker({ amqpUrl: env.TIFFIN_AMQP_URL, exchange, logger });
  const service = create({ broker, logger });
  await service.start();
  await service.app.listen({ host: env.TIFFIN_BIND_HOST, port: env.TIFFIN_PORT ?? topology.services[name].port });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'stopping');
      await broker.close();
      await service.stop();
      process.exit(0);
    });
  }
}

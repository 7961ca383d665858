import { createLogger } from '@tiffin/http-kit';
import { startServices } from './host';

// Every back-end service in this one process, sharing one broker (in-process unless TIFFIN_AMQP_URL is set).
const logger = createLogger('service-host');
const running = await startServices({
  onBrokerLost: (err) => {
    logger.fatal({ err }, 'lost the connection to RabbitMQ');
    process.exit(1);
  },
});
logger.info({ urls: running.urls }, 'services are listening');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'stopping services');
    await running.stop();
    process.exit(0);
  });
}

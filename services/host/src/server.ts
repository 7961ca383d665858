import { createLogger } from '@tiffin/http-kit';
import { progressLine } from '@tiffin/runner/progress-line';
import { startServiceThreads } from './threads/start-service-threads';

// Every back-end service on a thread of its own in this process, sharing one broker (in-process
// unless TIFFIN_AMQP_URL is set).
const logger = createLogger('service-host');
const running = await startServiceThreads({
  // `pnpm start` says what each service is waiting for from these lines.
  onStep: (service, what) => console.log(progressLine(service, what)),
  onFatal: (err) => {
    logger.fatal({ err }, 'the service host cannot go on; exiting so it can be started again');
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

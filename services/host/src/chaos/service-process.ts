import { createBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { loadEnv, type ServiceName } from '@tiffin/topology';
import { loadServiceFactory } from '../service-factories';

/**
 * One service alone in a child process, as runServiceAlone runs it, but on the port the chaos harness
 * chose (so each incarnation answers on the same URL) and telling the harness once it listens.
 */
const name = process.argv[2] as ServiceName;
const port = Number(process.argv[3]);
const env = loadEnv();
const logger = createLogger(name);
const broker = await createBroker({ amqpUrl: env.TIFFIN_AMQP_URL, exchange: env.TIFFIN_AMQP_EXCHANGE, logger, retryDelayMs: 200 });
const createService = await loadServiceFactory(name);
const service = createService({ broker, logger, outboxPollMs: 50 });
await service.start();
await service.app.listen({ host: '127.0.0.1', port });
process.send?.({ ready: name });

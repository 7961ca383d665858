import { createEmbeddedBroker, type EmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { createDeliveryService, type DeliveryService } from '../app';
import { freshDataDir } from './pglite-template';

export interface DeliveryUnderTest {
  service: DeliveryService;
  broker: EmbeddedBroker;
  /** What the service was configured with, to open another instance on the same database. */
  env: NodeJS.ProcessEnv;
  /** Closes the broker, stops the service and deletes its database. */
  dispose(): Promise<void>;
}

/**
 * The real delivery service on its own embedded database and in-process broker, not started yet, so a
 * test can subscribe to what it publishes on start. Quiet unless TIFFIN_LOG_LEVEL says otherwise.
 */
export async function deliveryUnderTest(): Promise<DeliveryUnderTest> {
  const data = await freshDataDir(['delivery']);
  const env = { TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const logger = createLogger('delivery', env);
  const broker = createEmbeddedBroker({ logger, retryDelayMs: 20 });
  const service = createDeliveryService({ env, broker, logger, outboxPollMs: 50 });
  return {
    service,
    broker,
    env,
    async dispose() {
      await broker.close();
      await service.stop();
      await data.remove();
    },
  };
}

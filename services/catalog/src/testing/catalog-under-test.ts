import { createEmbeddedBroker, type EmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { createCatalogService, type CatalogService } from '../app';
import { freshDataDir } from './pglite-template';

export interface CatalogUnderTest {
  service: CatalogService;
  broker: EmbeddedBroker;
  /** What the service was configured with, to open another instance on the same database. */
  env: NodeJS.ProcessEnv;
  /** Closes the broker, stops the service and deletes its database. */
  dispose(): Promise<void>;
}

/**
 * The real catalog service on its own embedded database and in-process broker, not started yet, so a
 * test can subscribe to what it publishes on start. Quiet unless TIFFIN_LOG_LEVEL says otherwise.
 */
export async function catalogUnderTest(): Promise<CatalogUnderTest> {
  const data = await freshDataDir(['catalog']);
  const env = { TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const logger = createLogger('catalog', env);
  const broker = createEmbeddedBroker({ logger, retryDelayMs: 20 });
  const service = createCatalogService({ env, broker, logger, outboxPollMs: 50 });
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

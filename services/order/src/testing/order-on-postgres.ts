import { createEmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { freshPostgresDatabases } from '@tiffin/service-kit/testing';
import { createOrderService } from '../app';
import type { OrderUnderTest } from './order-under-test';

/** The real order service on a fresh PostgreSQL database (TIFFIN_TEST_DATABASE_URL's server), not started yet. */
export async function orderOnPostgres(): Promise<OrderUnderTest> {
  const databases = await freshPostgresDatabases(['order']);
  const env = { ...databases.env, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const logger = createLogger('order', env);
  const broker = createEmbeddedBroker({ logger, retryDelayMs: 20 });
  const service = createOrderService({ env, broker, logger, outboxPollMs: 50 });
  return {
    service,
    broker,
    env,
    async dispose() {
      await broker.close();
      await service.stop();
      await databases.drop();
    },
  };
}

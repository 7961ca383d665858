import { createEmbeddedBroker, type EmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { freshDataDir, freshPostgresDatabases, testedBackends } from '@tiffin/service-kit/testing';
import { createOrderHistoryService, type OrderHistoryService } from '../app';

export type HistoryDatabase = 'pglite' | 'postgres';
export const historyDatabases = testedBackends<HistoryDatabase>('pglite', 'postgres');

export interface HistoryUnderTest {
  service: OrderHistoryService;
  broker: EmbeddedBroker;
  /** A second instance on the same PostgreSQL database with a broker of its own (not started); disposed with the first. */
  anotherInstance(): { service: OrderHistoryService; broker: EmbeddedBroker };
  dispose(): Promise<void>;
}

/** The real order-history service, not started, on a fresh PGlite directory or PostgreSQL database and an in-process broker. */
export async function historyUnderTest(database: HistoryDatabase): Promise<HistoryUnderTest> {
  const data = database === 'pglite' ? await freshDataDir(['order-history']) : undefined;
  const postgres = database === 'postgres' ? await freshPostgresDatabases(['order-history']) : undefined;
  const env: NodeJS.ProcessEnv = {
    ...(data ? { TIFFIN_DATA_DIR: data.dataDir } : postgres!.env),
    TIFFIN_IDENTITY_SECRET: testIdentitySecret,
    TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent',
  };
  const logger = createLogger('order-history', env);
  const instance = () => {
    const broker = createEmbeddedBroker({ logger, retryDelayMs: 20 });
    return { broker, service: createOrderHistoryService({ env, broker, logger, outboxPollMs: 50 }) };
  };
  const first = instance();
  const others: ReturnType<typeof instance>[] = [];
  return {
    ...first,
    anotherInstance() {
      if (!postgres) throw new Error('a PGlite directory is one process’s: a second instance needs PostgreSQL');
      const other = instance();
      others.push(other);
      return other;
    },
    async dispose() {
      for (const { broker, service } of [first, ...others]) {
        await broker.close();
        await service.stop();
      }
      await data?.remove();
      await postgres?.drop();
    },
  };
}

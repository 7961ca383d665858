import { createEmbeddedBroker, type Broker, type EmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import type { ServiceName } from '@tiffin/topology';
import type { ServiceOptions } from '../service/define-service';
import { isolatedRabbitMq } from './isolated-rabbitmq';
import { freshDataDir } from './pglite-template';
import { freshPostgresDatabases } from './postgres-databases';

export interface ServiceUnderTest<T, B extends Broker = EmbeddedBroker> {
  service: T;
  broker: B;
  /** What the service was configured with, to open another instance on the same database. */
  env: NodeJS.ProcessEnv;
  /** Closes the broker, stops the service and deletes its database (and its RabbitMQ exchange and queues). */
  dispose(): Promise<void>;
}

/** Where the service under test keeps its data: a fresh PGlite directory, or a fresh PostgreSQL database. */
async function freshDatabase(name: ServiceName, database: 'pglite' | 'postgres'): Promise<{ env: NodeJS.ProcessEnv; remove(): Promise<void> }> {
  if (database === 'pglite') {
    const data = await freshDataDir([name]);
    return { env: { TIFFIN_DATA_DIR: data.dataDir }, remove: data.remove };
  }
  const databases = await freshPostgresDatabases([name]);
  return { env: databases.env, remove: databases.drop };
}

type Create<T> = (options: ServiceOptions) => T;
type Stoppable = { stop(): Promise<void> };

/**
 * The real service on its own database (embedded unless told) and in-process broker, not started yet,
 * so a test can subscribe to what it publishes on start. Quiet unless TIFFIN_LOG_LEVEL says otherwise.
 * With `broker: 'rabbitmq'`, on real RabbitMQ instead, on an exchange of its own (see isolatedRabbitMq).
 */
export function serviceUnderTest<T extends Stoppable>(name: ServiceName, create: Create<T>, options?: { database?: 'pglite' | 'postgres' }): Promise<ServiceUnderTest<T>>;
export function serviceUnderTest<T extends Stoppable>(name: ServiceName, create: Create<T>, options: { database: 'postgres'; broker: 'rabbitmq' }): Promise<ServiceUnderTest<T, Broker>>;
export async function serviceUnderTest<T extends Stoppable>(
  name: ServiceName,
  create: Create<T>,
  options: { database?: 'pglite' | 'postgres'; broker?: 'rabbitmq' } = {},
): Promise<ServiceUnderTest<T, Broker>> {
  const data = await freshDatabase(name, options.database ?? 'pglite');
  // The secret the tests sign operators with (asOperator), so the service's operator routes can be called.
  const env = { ...data.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const logger = createLogger(name, env);
  const rabbit = options.broker === 'rabbitmq' ? await isolatedRabbitMq(logger, { retryDelayMs: 20 }) : undefined;
  const broker = rabbit?.broker ?? createEmbeddedBroker({ logger, retryDelayMs: 20 });
  const service = create({ env, broker, logger, outboxPollMs: 50 });
  return {
    service,
    broker,
    env,
    async dispose() {
      await broker.close();
      await service.stop();
      await rabbit?.remove();
      await data.remove();
    },
  };
}

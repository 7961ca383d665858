import { fileURLToPath } from 'node:url';
import type { Broker } from '@tiffin/broker';
import { createHttpApp, createLogger, type HttpApp, type Logger } from '@tiffin/http-kit';
import { openDatabase, startOutboxRelay, type OutboxRelay, type ServiceDatabase } from '@tiffin/service-kit';
import { deliverySchema, type DeliverySchema } from './db/schema';
import type { DeliveryContext, DeliveryDb } from './context';
import { getDeliveryRoute } from './routes/get-delivery';
import { listDeliveriesRoute } from './routes/list-deliveries';
import { orderApprovedSubscription } from './scheduling/order-approved-consumer';

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export interface DeliveryServiceOptions {
  env?: NodeJS.ProcessEnv;
  /** Owned by the caller, who closes it before calling stop(). */
  broker: Broker;
  logger?: Logger;
  /** How often the outbox relay looks for rows nobody woke it for. */
  outboxPollMs?: number;
}

export interface DeliveryService {
  /** Routes registered, not listening: the caller listens, or tests inject. */
  app: HttpApp;
  /** Opens and migrates the database, starts the relay and the consumers. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The delivery service's own database; only once started. */
  readonly db: DeliveryDb;
}

export function createDeliveryService(options: DeliveryServiceOptions): DeliveryService {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('delivery', env);
  let database: ServiceDatabase<DeliverySchema> | undefined;
  let relay: OutboxRelay | undefined;

  const context: DeliveryContext = {
    get db() {
      if (!database) throw new Error('the delivery service has not been started');
      return database.db;
    },
    logger,
    outboxWritten: () => relay?.wake(),
  };

  const app = createHttpApp({ service: 'delivery', logger });
  listDeliveriesRoute(app, context);
  getDeliveryRoute(app, context);

  return {
    app,
    get db() {
      return context.db;
    },

    async start() {
      database = await openDatabase({ service: 'delivery', schema: deliverySchema, migrationsFolder, env, logger });
      relay = startOutboxRelay({ db: database.db, broker: options.broker, logger, pollMs: options.outboxPollMs });
      await options.broker.subscribe(orderApprovedSubscription(context));
    },

    async stop() {
      await app.close();
      await relay?.stop();
      await database?.close();
      relay = undefined;
      database = undefined;
    },
  };
}

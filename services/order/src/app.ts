import { fileURLToPath } from 'node:url';
import type { Broker } from '@tiffin/broker';
import { createHttpApp, createLogger, type HttpApp, type Logger } from '@tiffin/http-kit';
import { openDatabase, startOutboxRelay, type OutboxRelay, type ServiceDatabase } from '@tiffin/service-kit';
import { orderSchema, type OrderSchema } from './db/schema';
import type { OrderContext, OrderDb } from './context';
import { menuReplicaSubscription } from './replica/menu-replica-consumer';
import { getOrderRoute } from './routes/get-order';
import { listOrdersRoute } from './routes/list-orders';
import { postOrderRoute } from './routes/post-order';
import { createOrderSagaSubscription } from './saga/saga-replies-consumer';

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export interface OrderServiceOptions {
  env?: NodeJS.ProcessEnv;
  /** Owned by the caller, who closes it before calling stop(). */
  broker: Broker;
  logger?: Logger;
  /** How often the outbox relay looks for rows nobody woke it for. */
  outboxPollMs?: number;
}

export interface OrderService {
  /** Routes registered, not listening: the caller listens, or tests inject. */
  app: HttpApp;
  /** Opens and migrates the database, starts the relay and the consumers. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The order service's own database; only once started. */
  readonly db: OrderDb;
}

export function createOrderService(options: OrderServiceOptions): OrderService {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('order', env);
  let database: ServiceDatabase<OrderSchema> | undefined;
  let relay: OutboxRelay | undefined;

  const context: OrderContext = {
    get db() {
      if (!database) throw new Error('the order service has not been started');
      return database.db;
    },
    logger,
    outboxWritten: () => relay?.wake(),
  };

  const app = createHttpApp({ service: 'order', logger });
  postOrderRoute(app, context);
  getOrderRoute(app, context);
  listOrdersRoute(app, context);

  return {
    app,
    get db() {
      return context.db;
    },

    async start() {
      database = await openDatabase({ service: 'order', schema: orderSchema, migrationsFolder, env, logger });
      relay = startOutboxRelay({ db: database.db, broker: options.broker, logger, pollMs: options.outboxPollMs });
      await options.broker.subscribe(menuReplicaSubscription(context));
      await options.broker.subscribe(createOrderSagaSubscription(context));
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

import { fileURLToPath } from 'node:url';
import type { Broker } from '@tiffin/broker';
import { createHttpApp, createLogger, type HttpApp, type Logger } from '@tiffin/http-kit';
import { openDatabase, startOutboxRelay, type OutboxRelay, type ServiceDatabase } from '@tiffin/service-kit';
import { catalogSchema, type CatalogSchema } from './db/schema';
import type { CatalogContext, CatalogDb } from './context';
import { republishAllMenus } from './menu/menu-publication';
import { validateOrderSubscription } from './ordering/validate-order-consumer';
import { getRestaurantRoute } from './routes/get-restaurant';
import { listRestaurantsRoute } from './routes/list-restaurants';
import { seedCatalogIfEmpty } from './seed/seed-catalog';

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export interface CatalogServiceOptions {
  env?: NodeJS.ProcessEnv;
  /** Owned by the caller, who closes it before calling stop(). */
  broker: Broker;
  logger?: Logger;
  /** How often the outbox relay looks for rows nobody woke it for. */
  outboxPollMs?: number;
}

export interface CatalogService {
  /** Routes registered, not listening: the caller listens, or tests inject. */
  app: HttpApp;
  /** Opens and migrates the database, seeds it when empty, starts the relay and the consumers. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The catalog's own database; only once started. */
  readonly db: CatalogDb;
}

export function createCatalogService(options: CatalogServiceOptions): CatalogService {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('catalog', env);
  let database: ServiceDatabase<CatalogSchema> | undefined;
  let relay: OutboxRelay | undefined;

  const context: CatalogContext = {
    get db() {
      if (!database) throw new Error('the catalog service has not been started');
      return database.db;
    },
    logger,
    outboxWritten: () => relay?.wake(),
  };

  const app = createHttpApp({ service: 'catalog', logger });
  listRestaurantsRoute(app, context);
  getRestaurantRoute(app, context);

  return {
    app,
    get db() {
      return context.db;
    },

    async start() {
      database = await openDatabase({ service: 'catalog', schema: catalogSchema, migrationsFolder, env, logger });
      relay = startOutboxRelay({ db: database.db, broker: options.broker, logger, pollMs: options.outboxPollMs });
      await options.broker.subscribe(validateOrderSubscription(context));
      const seeded = await seedCatalogIfEmpty(database.db);
      if (seeded > 0) {
        logger.info({ restaurants: seeded }, 'seeded an empty catalog');
      } else {
        const published = await database.db.transaction((tx) => republishAllMenus(tx));
        logger.info({ restaurants: published }, 'menus published again for replicas that may have lost them');
      }
      relay.wake();
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

import { createHttpApp, createLogger, createServiceClient, type HttpApp, type Logger } from '@tiffin/http-kit';
import { serviceUrl } from '@tiffin/topology';
import { getRestaurant } from './routes/get-restaurant';
import { listRestaurants } from './routes/list-restaurants';

export interface CatalogBffOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** How long to wait for the catalog service per attempt. */
  serviceTimeoutMs?: number;
}

/** The catalog slice's backend: browsing restaurants and menus, shaped for the browser. */
export function buildApp(options: CatalogBffOptions = {}): HttpApp {
  const logger = options.logger ?? createLogger('catalog-bff', options.env);
  const app = createHttpApp({ name: 'catalog-bff', logger });
  const catalog = createServiceClient({
    name: 'catalog',
    baseUrl: serviceUrl('catalog', options.env),
    logger,
    ...(options.serviceTimeoutMs ? { timeoutMs: options.serviceTimeoutMs } : {}),
  });
  listRestaurants(app, catalog);
  getRestaurant(app, catalog);
  return app;
}

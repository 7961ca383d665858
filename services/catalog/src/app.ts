import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { catalogSchema, type CatalogSchema } from './db/schema';
import { publishMenusOnStart } from './menu/menus-on-start';
import { validateOrderSubscription } from './ordering/validate-order-consumer';
import { changeMenuRoutes } from './routes/change-menu';
import { getRestaurantRoute } from './routes/get-restaurant';
import { listRestaurantsRoute } from './routes/list-restaurants';

export type CatalogServiceOptions = ServiceOptions;
/** start() also seeds an empty catalog, or publishes every menu again. */
export type CatalogService = Service<CatalogSchema>;

export const createCatalogService: (options: CatalogServiceOptions) => CatalogService = defineService({
  name: 'catalog',
  schema: catalogSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [listRestaurantsRoute, getRestaurantRoute, changeMenuRoutes],
  subscriptions: [validateOrderSubscription],
  afterStart: publishMenusOnStart,
});

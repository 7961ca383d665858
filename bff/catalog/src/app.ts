import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { getRestaurant } from './routes/get-restaurant';
import { listRestaurants } from './routes/list-restaurants';
import { staffRestaurant } from './routes/staff-restaurant';

export type CatalogBffOptions = BffOptions;

/** The catalog slice's backend: browsing restaurants and menus, and their staff managing them, shaped for the browser. */
export const buildApp: (options?: CatalogBffOptions) => HttpApp = defineBff({
  name: 'catalog',
  routes: [listRestaurants, getRestaurant, staffRestaurant],
});

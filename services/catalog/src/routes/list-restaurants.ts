import { problem, restaurantList, restaurantQuery } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { CatalogContext } from '../context';
import { searchRestaurants } from '../menu/restaurant-reads';
import { allowShortCaching } from './menu-freshness';

export function listRestaurantsRoute(app: HttpApp, context: CatalogContext): void {
  app.get(
    '/restaurants',
    { schema: { querystring: restaurantQuery, response: { 200: restaurantList, 400: problem } } },
    async (request, reply) => {
      allowShortCaching(reply);
      return searchRestaurants(context.db, request.query.q);
    },
  );
}

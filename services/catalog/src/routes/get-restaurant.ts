import { problem, restaurant, restaurantParams } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { CatalogContext } from '../context';
import { findRestaurant } from '../menu/restaurant-reads';
import { allowShortCaching } from './menu-freshness';

export function getRestaurantRoute(app: HttpApp, context: CatalogContext): void {
  app.get(
    '/restaurants/:restaurantId',
    { schema: { params: restaurantParams, response: { 200: restaurant, 400: problem, 404: problem } } },
    async (request, reply) => {
      const { restaurantId } = request.params;
      const found = await findRestaurant(context.db, restaurantId);
      if (!found) throw new NotFoundError(`restaurant ${restaurantId} does not exist`);
      allowShortCaching(reply);
      return found;
    },
  );
}

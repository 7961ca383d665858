import type { HttpApp, ServiceClient } from '@tiffin/http-kit';
import { restaurantList, restaurantQuery } from '@tiffin/contracts';

export function listRestaurants(app: HttpApp, catalog: ServiceClient): void {
  app.get(
    '/restaurants',
    { schema: { querystring: restaurantQuery, response: { 200: restaurantList } } },
    (request) =>
      catalog.get('/restaurants', restaurantList, {
        correlationId: request.id,
        query: { q: request.query.q || undefined },
      }),
  );
}

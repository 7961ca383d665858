import type { HttpApp, ServiceClient } from '@tiffin/http-kit';
import { restaurant, restaurantParams } from '@tiffin/contracts';

export function getRestaurant(app: HttpApp, catalog: ServiceClient): void {
  app.get(
    '/restaurants/:restaurantId',
    { schema: { params: restaurantParams, response: { 200: restaurant } } },
    (request) =>
      catalog.get(`/restaurants/${request.params.restaurantId}`, restaurant, { correlationId: request.id }),
  );
}

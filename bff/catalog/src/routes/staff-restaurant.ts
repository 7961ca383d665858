import { requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import type { FastifyRequest } from 'fastify';
import { menuItemChange, restaurant, restaurantChange, staffMenuItemParams } from '@tiffin/contracts';

/**
 * Restaurant staff manage their own restaurant: its whole menu (sold-out dishes too), a dish's name,
 * description, price and availability, open or closed. The restaurant is the one the caller works for,
 * never an id from the browser; a dish of another restaurant is the catalog's 404, as a missing one.
 */
export function staffRestaurant(app: HttpApp, catalog: ServiceClient): void {
  // Before validation: anyone but staff learns only that this is not for them, whatever they sent.
  const staffOnly = async (request: FastifyRequest) => {
    requireRole(request, 'staff');
  };

  app.get('/staff/restaurant', { onRequest: staffOnly, schema: { response: { 200: restaurant } } }, (request) => {
    const { restaurantId } = requireRole(request, 'staff');
    return catalog.get(`/restaurants/${restaurantId}`, restaurant, { correlationId: request.id });
  });

  app.patch('/staff/restaurant', { onRequest: staffOnly, schema: { body: restaurantChange, response: { 200: restaurant } } }, (request) => {
    const { restaurantId } = requireRole(request, 'staff');
    return catalog.patch(`/restaurants/${restaurantId}`, request.body, restaurant, { correlationId: request.id });
  });

  app.patch(
    '/staff/menu-items/:menuItemId',
    { onRequest: staffOnly, schema: { params: staffMenuItemParams, body: menuItemChange, response: { 200: restaurant } } },
    (request) => {
      const { restaurantId } = requireRole(request, 'staff');
      return catalog.patch(`/restaurants/${restaurantId}/menu-items/${request.params.menuItemId}`, request.body, restaurant, {
        correlationId: request.id,
      });
    },
  );
}

import { z } from 'zod';
import { requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { deliveryList, id } from '@tiffin/contracts';

const deliveriesQuery = z.object({ orderId: id.optional() });

/** The customer's deliveries, or those of one of their orders with ?orderId=. */
export function listDeliveries(app: HttpApp, deliveries: ServiceClient): void {
  app.get(
    '/deliveries',
    { schema: { querystring: deliveriesQuery, response: { 200: deliveryList } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      const found = await deliveries.get('/deliveries', deliveryList, {
        correlationId: request.id,
        consumerId,
        query: { consumerId, orderId: request.query.orderId },
      });
      // The ownership rule is the BFF's to keep, whatever the service does with two filters.
      return found.filter((delivery) => delivery.consumerId === consumerId);
    },
  );
}

import { deliveryList, deliveryQuery, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { DeliveryContext } from '../context';
import { listDeliveries } from '../scheduling/delivery-reads';

export function listDeliveriesRoute(app: HttpApp, context: DeliveryContext): void {
  app.get(
    '/deliveries',
    { schema: { querystring: deliveryQuery, response: { 200: deliveryList, 400: problem } } },
    async (request) => listDeliveries(context.db, request.query),
  );
}

import { requireRole, NotFoundError, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { order, orderParams } from '@tiffin/contracts';

export function getOrder(app: HttpApp, orders: ServiceClient): void {
  app.get(
    '/orders/:orderId',
    { schema: { params: orderParams, response: { 200: order } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      const found = await orders.get(`/orders/${request.params.orderId}`, order, {
        correlationId: request.id,
        consumerId,
      });
      // Someone else's order answers exactly like a missing one, so ids cannot be probed.
      if (found.consumerId !== consumerId) throw new NotFoundError(`order ${request.params.orderId} not found`);
      return found;
    },
  );
}

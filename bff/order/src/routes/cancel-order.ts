import { requireRole, NotFoundError, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { order, orderAccepted, orderParams } from '@tiffin/contracts';

/**
 * The customer cancels their own order: 202 while the cancellation runs, the order service's 409 (with
 * why) when it is too late. Someone else's order answers like a missing one.
 */
export function cancelOrder(app: HttpApp, orders: ServiceClient): void {
  app.post(
    '/orders/:orderId/cancel',
    { schema: { params: orderParams, response: { 202: orderAccepted } } },
    async (request, reply) => {
      const { consumerId } = requireRole(request, 'customer');
      const { orderId } = request.params;
      const options = { correlationId: request.id, consumerId };
      const found = await orders.get(`/orders/${orderId}`, order, options);
      if (found.consumerId !== consumerId) throw new NotFoundError(`order ${orderId} not found`);
      return reply.status(202).send(await orders.post(`/orders/${orderId}/cancel`, {}, orderAccepted, options));
    },
  );
}

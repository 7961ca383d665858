import { requireRole, NotFoundError, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { delivery, deliveryParams } from '@tiffin/contracts';

export function getDelivery(app: HttpApp, deliveries: ServiceClient): void {
  app.get(
    '/deliveries/:deliveryId',
    { schema: { params: deliveryParams, response: { 200: delivery } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      const found = await deliveries.get(`/deliveries/${request.params.deliveryId}`, delivery, {
        correlationId: request.id,
        consumerId,
      });
      // Someone else's delivery answers exactly like a missing one, so ids cannot be probed.
      if (found.consumerId !== consumerId) {
        throw new NotFoundError(`delivery ${request.params.deliveryId} not found`);
      }
      return found;
    },
  );
}

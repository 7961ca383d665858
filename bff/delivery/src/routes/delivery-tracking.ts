import { deliveryParams, deliveryTracking } from '@tiffin/contracts';
import { relayEventStream, requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { customersDelivery } from './customer-delivery';

/**
 * The customer follows their delivery: GET /deliveries/:deliveryId/tracking (the steps with their
 * times, the arrival, the courier on the map and the ride so far), then /deliveries/:deliveryId/live,
 * each change as it happens, resumed from Last-Event-ID. Only their own delivery.
 */
export function deliveryTrackingRoutes(app: HttpApp, deliveries: ServiceClient): void {
  app.get(
    '/deliveries/:deliveryId/tracking',
    { schema: { params: deliveryParams, response: { 200: deliveryTracking } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      const { deliveryId } = request.params;
      await customersDelivery(deliveries, deliveryId, consumerId, request.id);
      return deliveries.get(`/deliveries/${deliveryId}/tracking`, deliveryTracking, { correlationId: request.id, consumerId });
    },
  );

  app.get('/deliveries/:deliveryId/live', { schema: { params: deliveryParams } }, async (request, reply) => {
    const { consumerId } = requireRole(request, 'customer');
    const { deliveryId } = request.params;
    await customersDelivery(deliveries, deliveryId, consumerId, request.id);
    await relayEventStream(request, reply, deliveries, `/deliveries/${deliveryId}/tracking/live`);
  });
}

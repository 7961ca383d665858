import { requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { deliveryList, offeredDeliveryList } from '@tiffin/contracts';

/**
 * What a signed-in courier sees: the deliveries on offer to every courier, and their own (taken,
 * on the way, delivered), newest first. The courier is the one the edge vouched for, never one the
 * browser names.
 */
export function courierDeliveries(app: HttpApp, deliveries: ServiceClient): void {
  app.get('/courier/offered-deliveries', { schema: { response: { 200: offeredDeliveryList } } }, async (request) => {
    requireRole(request, 'courier');
    return deliveries.get('/offered-deliveries', offeredDeliveryList, { correlationId: request.id });
  });

  app.get('/courier/deliveries', { schema: { response: { 200: deliveryList } } }, async (request) => {
    const { courierId } = requireRole(request, 'courier');
    const found = await deliveries.get('/deliveries', deliveryList, { correlationId: request.id, query: { courierId } });
    // The ownership rule is the BFF's to keep, whatever the service does with its filter.
    return found.filter((delivery) => delivery.courierId === courierId);
  });
}

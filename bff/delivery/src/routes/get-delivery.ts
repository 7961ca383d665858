import { requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { delivery, deliveryParams } from '@tiffin/contracts';
import { customersDelivery } from './customer-delivery';

export function getDelivery(app: HttpApp, deliveries: ServiceClient): void {
  app.get(
    '/deliveries/:deliveryId',
    { schema: { params: deliveryParams, response: { 200: delivery } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      return customersDelivery(deliveries, request.params.deliveryId, consumerId, request.id);
    },
  );
}

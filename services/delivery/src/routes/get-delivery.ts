import { delivery, deliveryParams, problem } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { DeliveryContext } from '../context';
import { findDelivery } from '../scheduling/delivery-reads';

export function getDeliveryRoute(app: HttpApp, context: DeliveryContext): void {
  app.get(
    '/deliveries/:deliveryId',
    { schema: { params: deliveryParams, response: { 200: delivery, 400: problem, 404: problem } } },
    async (request) => {
      const { deliveryId } = request.params;
      const found = await findDelivery(context.db, deliveryId);
      if (!found) throw new NotFoundError(`delivery ${deliveryId} does not exist`);
      return found;
    },
  );
}

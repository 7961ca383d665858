import { courierRequest, delivery, deliveryParams, offeredDeliveryList, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { DeliveryContext } from '../context';
import { moveDelivery, type CourierAction } from '../couriers/courier-progress';
import { listOfferedDeliveries } from '../scheduling/delivery-reads';

/** The couriers' commands: what is offered, then take, pick up and deliver one. */
export function courierRoutes(app: HttpApp, context: DeliveryContext): void {
  app.get('/offered-deliveries', { schema: { response: { 200: offeredDeliveryList } } }, () => listOfferedDeliveries(context.db));
  for (const action of ['take', 'pick-up', 'deliver'] as const satisfies readonly CourierAction[]) {
    app.post(
      `/deliveries/:deliveryId/${action}`,
      { schema: { params: deliveryParams, body: courierRequest, response: { 200: delivery, 400: problem, 404: problem, 409: problem } } },
      (request) => moveDelivery(context, request.params.deliveryId, action, request.body.courierId),
    );
  }
}

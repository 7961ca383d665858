import { courierActions, courierRequest, delivery, deliveryParams, offeredDeliveryList, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { DeliveryContext } from '../context';
import { moveDelivery } from '../couriers/courier-progress';
import { listOfferedDeliveries } from '../scheduling/delivery-reads';
import type { TrackingFeed } from '../tracking/tracking-feed';

/** The couriers' commands: what is offered, then take, pick up and deliver one (each a step the customer's tracking shows). */
export function courierRoutes(feed: TrackingFeed): (app: HttpApp, context: DeliveryContext) => void {
  return (app, context) => {
    app.get('/offered-deliveries', { schema: { response: { 200: offeredDeliveryList } } }, () => listOfferedDeliveries(context.db));
    for (const action of courierActions) {
      app.post(
        `/deliveries/:deliveryId/${action}`,
        { schema: { params: deliveryParams, body: courierRequest, response: { 200: delivery, 400: problem, 404: problem, 409: problem } } },
        (request) => moveDelivery(context, feed, request.params.deliveryId, action, request.body.courierId),
      );
    }
  };
}

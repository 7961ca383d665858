import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { courierActionRoutes } from './routes/courier-actions';
import { courierPositionRoute } from './routes/courier-position';
import { deliveryTrackingRoutes } from './routes/delivery-tracking';
import { courierDeliveries } from './routes/courier-deliveries';
import { getDelivery } from './routes/get-delivery';
import { listDeliveries } from './routes/list-deliveries';
import { liveDeliveries } from './routes/live-deliveries';

export type DeliveryBffOptions = BffOptions;

/**
 * The delivery slice's backend: where the customer's food is (tracked on the map, live), and the
 * couriers' deliveries (`/courier/...`) with where their screens say they are, followed live.
 */
export const buildApp: (options?: DeliveryBffOptions) => HttpApp = defineBff({
  name: 'delivery',
  routes: [listDeliveries, getDelivery, deliveryTrackingRoutes, courierDeliveries, courierActionRoutes, courierPositionRoute, liveDeliveries],
});

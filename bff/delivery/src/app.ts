import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { courierActionRoutes } from './routes/courier-actions';
import { courierDeliveries } from './routes/courier-deliveries';
import { getDelivery } from './routes/get-delivery';
import { listDeliveries } from './routes/list-deliveries';
import { liveDeliveries } from './routes/live-deliveries';

export type DeliveryBffOptions = BffOptions;

/**
 * The delivery slice's backend: where the customer's food is, and the couriers' deliveries
 * (`/courier/...`), both followed live.
 */
export const buildApp: (options?: DeliveryBffOptions) => HttpApp = defineBff({
  name: 'delivery',
  routes: [listDeliveries, getDelivery, courierDeliveries, courierActionRoutes, liveDeliveries],
});

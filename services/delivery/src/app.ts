import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { cancelDeliverySubscription } from './cancellation/cancel-delivery-consumer';
import { deliverySchema, type DeliverySchema } from './db/schema';
import { courierRoutes } from './routes/courier-routes';
import { getDeliveryRoute } from './routes/get-delivery';
import { listDeliveriesRoute } from './routes/list-deliveries';
import { orderApprovedSubscription } from './scheduling/order-approved-consumer';
import { kitchenProgressSubscription } from './tracking/kitchen-progress-consumer';
import { createTrackingFeed } from './tracking/tracking-feed';
import { trackingRoutes } from './routes/tracking-routes';

export type DeliveryServiceOptions = ServiceOptions;
export type DeliveryService = Service<DeliverySchema>;

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export function createDeliveryService(options: DeliveryServiceOptions): DeliveryService {
  // Each change of a delivery's tracking, told to this instance's tracking streams after its commit.
  const feed = createTrackingFeed();
  return defineService({
    name: 'delivery',
    schema: deliverySchema,
    migrationsFolder,
    routes: [listDeliveriesRoute, getDeliveryRoute, courierRoutes(feed), trackingRoutes(feed)],
    subscriptions: [orderApprovedSubscription, cancelDeliverySubscription, kitchenProgressSubscription(feed)],
  })(options);
}

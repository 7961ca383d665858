import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { cancelDeliverySubscription } from './cancellation/cancel-delivery-consumer';
import { deliverySchema, type DeliverySchema } from './db/schema';
import { courierRoutes } from './routes/courier-routes';
import { getDeliveryRoute } from './routes/get-delivery';
import { listDeliveriesRoute } from './routes/list-deliveries';
import { orderApprovedSubscription } from './scheduling/order-approved-consumer';

export type DeliveryServiceOptions = ServiceOptions;
export type DeliveryService = Service<DeliverySchema>;

export const createDeliveryService: (options: DeliveryServiceOptions) => DeliveryService = defineService({
  name: 'delivery',
  schema: deliverySchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [listDeliveriesRoute, getDeliveryRoute, courierRoutes],
  subscriptions: [orderApprovedSubscription, cancelDeliverySubscription],
});

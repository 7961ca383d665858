import { fileURLToPath } from 'node:url';
import { watchSagaDeadlines } from '@tiffin/saga-kit';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { cancelOrderSaga } from './cancellation/cancel-order-saga';
import { cancelOrderSagaSubscription } from './cancellation/cancel-replies-consumer';
import { orderSchema, type OrderSchema } from './db/schema';
import { orderProgressSubscription } from './progress/order-progress-consumer';
import { menuReplicaSubscription } from './replica/menu-replica-consumer';
import { getOrderRoute } from './routes/get-order';
import { getOrderPlacementRoute } from './routes/get-order-placement';
import { getSagaRoute } from './routes/get-saga';
import { listOrdersRoute } from './routes/list-orders';
import { listSagasRoute } from './routes/list-sagas';
import { sagaActionRoutes } from './routes/saga-actions';
import { postCancelOrderRoute } from './routes/post-cancel-order';
import { postOrderRoute } from './routes/post-order';
import { createOrderSaga } from './saga/create-order-saga';
import { createOrderSagaSubscription } from './saga/saga-replies-consumer';

export type OrderServiceOptions = ServiceOptions;
export type OrderService = Service<OrderSchema>;

export const createOrderService: (options: OrderServiceOptions) => OrderService = defineService({
  name: 'order',
  schema: orderSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [postOrderRoute, postCancelOrderRoute, getOrderRoute, getOrderPlacementRoute, listOrdersRoute],
  operatorRoutes: [listSagasRoute, getSagaRoute, sagaActionRoutes],
  subscriptions: [menuReplicaSubscription, createOrderSagaSubscription, cancelOrderSagaSubscription, orderProgressSubscription],
  background: [
    (context) => watchSagaDeadlines({ db: context.db, saga: createOrderSaga, broker: context.broker, logger: context.logger, onExpired: context.outboxWritten }),
    (context) => watchSagaDeadlines({ db: context.db, saga: cancelOrderSaga, broker: context.broker, logger: context.logger, onExpired: context.outboxWritten }),
  ],
});

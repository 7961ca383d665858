import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { orderHistorySchema, type OrderHistorySchema } from './db/schema';
import { historyEventsSubscription } from './projection/events-consumer';
import { historyReplaySubscription } from './rebuild/replay-consumer';
import { catchUpOnFirstStart } from './rebuild/start-rebuild';
import { getHistoryEntryRoute } from './routes/get-history-entry';
import { listHistoryRoute } from './routes/list-history';
import { rebuildRoutes } from './routes/rebuild-routes';

export type OrderHistoryServiceOptions = ServiceOptions;
export type OrderHistoryService = Service<OrderHistorySchema>;

/** The CQRS read side of orders: a view fed only by events, droppable and rebuilt from the owners' logs. */
export const createOrderHistoryService: (options: OrderHistoryServiceOptions) => OrderHistoryService = defineService({
  name: 'order-history',
  schema: orderHistorySchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [listHistoryRoute, getHistoryEntryRoute, rebuildRoutes],
  subscriptions: [historyEventsSubscription, historyReplaySubscription],
  afterStart: catchUpOnFirstStart,
});

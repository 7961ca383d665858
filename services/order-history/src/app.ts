import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { orderHistorySchema, type OrderHistorySchema } from './db/schema';
import { createChangeFeed } from './live/change-feed';
import { followOtherInstances } from './live/other-instances';
import { historyEventsSubscription } from './projection/events-consumer';
import { historyReplaySubscription } from './rebuild/replay-consumer';
import { catchUpOnFirstStart } from './rebuild/start-rebuild';
import { getHistoryEntryRoute } from './routes/get-history-entry';
import { listHistoryRoute } from './routes/list-history';
import { rebuildRoutes } from './routes/rebuild-routes';
import { streamChangesRoute } from './routes/stream-changes';

export type OrderHistoryServiceOptions = ServiceOptions;
const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
export type OrderHistoryService = Service<OrderHistorySchema>;

/** The CQRS read side of orders: a view fed only by events, droppable and rebuilt from the owners' logs. */
export function createOrderHistoryService(options: OrderHistoryServiceOptions): OrderHistoryService {
  // What the consumers commit, told to this instance's live streams (and what other instances commit, read back).
  const feed = createChangeFeed();
  return defineService({
    name: 'order-history',
    schema: orderHistorySchema,
    migrationsFolder,
    routes: [listHistoryRoute, getHistoryEntryRoute, streamChangesRoute(feed)],
    operatorRoutes: [rebuildRoutes],
    subscriptions: [historyEventsSubscription(feed), historyReplaySubscription(feed)],
    afterStart: catchUpOnFirstStart,
    background: [followOtherInstances(feed)],
  })(options);
}

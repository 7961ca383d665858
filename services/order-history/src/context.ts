import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { OrderHistorySchema } from './db/schema';

export type OrderHistoryDb = Db<OrderHistorySchema>;
export type OrderHistoryTx = Tx<OrderHistorySchema>;

/** The message source name (and requester name in replays) of the order-history service. */
export const orderHistorySource = 'order-history';

/** What routes and consumers share. The database exists only once the service has started. */
export type OrderHistoryContext = ServiceContext<OrderHistorySchema>;

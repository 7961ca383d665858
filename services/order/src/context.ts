import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { OrderSchema } from './db/schema';

export type OrderDb = Db<OrderSchema>;
export type OrderTx = Tx<OrderSchema>;

/** The message source name the order service writes on everything it publishes. */
export const orderSource = 'order';

/** What routes and consumers share. The database exists only once the service has started. */
export type OrderContext = ServiceContext<OrderSchema>;

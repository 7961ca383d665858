import type { Db, Tx } from '@tiffin/service-kit';
import type { Logger } from '@tiffin/http-kit';
import type { OrderSchema } from './db/schema';

export type OrderDb = Db<OrderSchema>;
export type OrderTx = Tx<OrderSchema>;

/** The message source name the order service writes on everything it publishes. */
export const orderSource = 'order';

/** What routes and consumers share. The database exists only once the service has started. */
export interface OrderContext {
  readonly db: OrderDb;
  readonly logger: Logger;
  /** Call after a commit that enqueued messages, so the relay publishes them now instead of at its next poll. */
  outboxWritten(): void;
}

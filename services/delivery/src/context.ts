import type { Db, Tx } from '@tiffin/service-kit';
import type { Logger } from '@tiffin/http-kit';
import type { DeliverySchema } from './db/schema';

export type DeliveryDb = Db<DeliverySchema>;
export type DeliveryTx = Tx<DeliverySchema>;

/** The message source name the delivery service writes on everything it publishes. */
export const deliverySource = 'delivery';

/** What routes and consumers share. The database exists only once the service has started. */
export interface DeliveryContext {
  readonly db: DeliveryDb;
  readonly logger: Logger;
  /** Call after a commit that enqueued messages, so the relay publishes them now instead of at its next poll. */
  outboxWritten(): void;
}

import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { DeliverySchema } from './db/schema';

export type DeliveryDb = Db<DeliverySchema>;
export type DeliveryTx = Tx<DeliverySchema>;

/** The message source name the delivery service writes on everything it publishes. */
export const deliverySource = 'delivery';

/** What routes and consumers share. The database exists only once the service has started. */
export type DeliveryContext = ServiceContext<DeliverySchema>;

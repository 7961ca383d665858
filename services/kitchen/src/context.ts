import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { KitchenSchema } from './db/schema';

export type KitchenDb = Db<KitchenSchema>;
export type KitchenTx = Tx<KitchenSchema>;

/** The message source name the kitchen service writes on everything it publishes. */
export const kitchenSource = 'kitchen';

/** What routes and consumers share. The database exists only once the service has started. */
export type KitchenContext = ServiceContext<KitchenSchema>;

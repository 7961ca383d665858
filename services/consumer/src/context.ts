import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { ConsumerSchema } from './db/schema';

export type ConsumerDb = Db<ConsumerSchema>;
export type ConsumerTx = Tx<ConsumerSchema>;

/** The message source name the consumer service writes on everything it publishes. */
export const consumerSource = 'consumer';

/** What routes and consumers share. The database exists only once the service has started. */
export type ConsumerContext = ServiceContext<ConsumerSchema>;

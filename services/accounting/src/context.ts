import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { AccountingSchema } from './db/schema';

export type AccountingDb = Db<AccountingSchema>;
export type AccountingTx = Tx<AccountingSchema>;

/** The message source name the accounting service writes on everything it publishes. */
export const accountingSource = 'accounting';

/** What routes and consumers share. The database exists only once the service has started. */
export type AccountingContext = ServiceContext<AccountingSchema>;

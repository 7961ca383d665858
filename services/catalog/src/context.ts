import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { CatalogSchema } from './db/schema';

export type CatalogDb = Db<CatalogSchema>;
export type CatalogTx = Tx<CatalogSchema>;

/** The message source name the catalog writes on everything it publishes. */
export const catalogSource = 'catalog';

/** What routes and consumers share. The database exists only once the service has started. */
export type CatalogContext = ServiceContext<CatalogSchema>;

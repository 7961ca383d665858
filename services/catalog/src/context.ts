import type { Db, Tx } from '@tiffin/service-kit';
import type { Logger } from '@tiffin/http-kit';
import type { CatalogSchema } from './db/schema';

export type CatalogDb = Db<CatalogSchema>;
export type CatalogTx = Tx<CatalogSchema>;

/** The message source name the catalog writes on everything it publishes. */
export const catalogSource = 'catalog';

/** What routes and consumers share. The database exists only once the service has started. */
export interface CatalogContext {
  readonly db: CatalogDb;
  readonly logger: Logger;
  /** Call after a commit that enqueued messages, so the relay publishes them now instead of at its next poll. */
  outboxWritten(): void;
}

import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** A service's database handle, the same type whether PGlite or node-postgres is underneath. */
export type Db<S extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, S>;

/** The handle `db.transaction(...)` passes to its callback. */
export type Tx<S extends Record<string, unknown>> = Parameters<Parameters<Db<S>['transaction']>[0]>[0];

export interface ServiceDatabase<S extends Record<string, unknown>> {
  db: Db<S>;
  /** Closes the pool or the embedded database and frees its data directory for another process. */
  close(): Promise<void>;
}

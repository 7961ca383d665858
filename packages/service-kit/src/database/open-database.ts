import { serviceDatabase, type ServiceName } from '@tiffin/topology';
import { openPglite } from './open-pglite';
import { openPostgres } from './open-postgres';
import type { ServiceDatabase } from './db-types';
import type { KitLogger } from '../logger';

export interface OpenDatabaseOptions<S extends Record<string, unknown>> {
  /** Picks TIFFIN_<NAME>_DATABASE_URL if set, else an embedded database in TIFFIN_DATA_DIR/<name>. */
  service: ServiceName;
  /** The service's drizzle tables. */
  schema: S;
  /** Absolute path of the service's drizzle-kit output. */
  migrationsFolder: string;
  env?: NodeJS.ProcessEnv;
  /** Hears about pooled PostgreSQL connections that drop while idle. */
  logger?: KitLogger;
}

/** Opens the service's own database and brings the kit's tables and then the service's up to date. */
export function openDatabase<S extends Record<string, unknown>>(
  options: OpenDatabaseOptions<S>,
): Promise<ServiceDatabase<S>> {
  const target = serviceDatabase(options.service, options.env);
  return target.kind === 'postgres'
    ? openPostgres(target.url, options.schema, options.migrationsFolder, options.logger)
    : openPglite(target.dataDir, options.schema, options.migrationsFolder);
}

import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockDataDir } from './data-dir-lock';
import { kitMigrations } from './kit-migrations';
import { markSingleConnection } from './single-connection';
import type { ServiceDatabase } from './db-types';

/** Embedded PostgreSQL (PGlite) in `dataDir`, kit and service migrations applied. */
export async function openPglite<S extends Record<string, unknown>>(
  dataDir: string,
  schema: S,
  migrationsFolder: string,
): Promise<ServiceDatabase<S>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(dataDir);
    const db = drizzle({ client, schema });
    markSingleConnection(db);
    await migrate(db, kitMigrations);
    await migrate(db, { migrationsFolder });
    const opened = client;
    let closing: Promise<void> | undefined;
    return {
      db,
      close: () => (closing ??= opened.close().finally(() => lock.release())),
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}

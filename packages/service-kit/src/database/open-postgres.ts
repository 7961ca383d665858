import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { kitMigrations } from './kit-migrations';
import type { ServiceDatabase } from './db-types';
import type { KitLogger } from '../logger';

/** Any constant will do, as long as every instance of every service agrees on it. */
const migrationLockKey = 7_263_517_190;

/** A node-postgres pool on `url`, kit and service migrations applied. */
export async function openPostgres<S extends Record<string, unknown>>(
  url: string,
  schema: S,
  migrationsFolder: string,
  logger?: KitLogger,
): Promise<ServiceDatabase<S>> {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection that drops (e.g. the server restarts) is replaced on next use; without a
  // listener its 'error' event would take the whole process down.
  pool.on('error', (error) => logger?.warn({ err: error }, 'idle database connection lost'));
  try {
    const db = drizzle({ client: pool, schema });
    await underMigrationLock(pool, async () => {
      await migrate(db, kitMigrations);
      await migrate(db, { migrationsFolder });
    });
    let closing: Promise<void> | undefined;
    return { db, close: () => (closing ??= pool.end()) };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** Instances starting together would otherwise race to apply the same migration. */
async function underMigrationLock(pool: pg.Pool, migrateAll: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await migrateAll();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}

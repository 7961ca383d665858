import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPgliteBackend, pgliteBackend, postgresBackend, type TestDatabase } from '../test-fixtures/test-databases';
import { externalBackendsTested, testedBackends } from '../testing/tested-backends';
import { notes } from '../test-fixtures/notes-table';
import { sampleMessage } from '../test-fixtures/messages';
import { enqueue } from '../outbox/enqueue';
import { outbox } from '../outbox/outbox-table';
import { receivedMessages } from '../inbox/received-messages-table';
import type { Db } from './db-types';
import { kitMigrations } from './kit-migrations';

/** Every migration the kit ships, each to be applied exactly once. */
const kitMigrationCount = (
  JSON.parse(readFileSync(path.join(kitMigrations.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;

async function appliedMigrations(db: Db<Record<string, unknown>>, table: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`drizzle.${sql.identifier(table)}`);
  return row!.n;
}

describe.each(testedBackends(freshPgliteBackend, postgresBackend))('openDatabase on $name', (backend) => {
  let target: TestDatabase | undefined;
  afterEach(async () => {
    await target?.remove();
    target = undefined;
  });

  it('creates the kit and service tables; reopened, it applies nothing twice and keeps the data', async () => {
    target = await backend.create();
    const first = await target.open();
    await first.db.insert(notes).values({ body: 'kept' });
    await first.db.transaction((tx) => enqueue(tx, sampleMessage()));
    expect(await first.db.select().from(receivedMessages)).toEqual([]);
    await first.close();

    const second = await target.open();
    try {
      expect(await second.db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'kept' }]);
      expect(await second.db.select().from(outbox)).toHaveLength(1);
      expect(await appliedMigrations(second.db, '__tiffin_kit_migrations')).toBe(kitMigrationCount);
      expect(await appliedMigrations(second.db, '__drizzle_migrations')).toBe(1);
    } finally {
      await second.close();
    }
  });
});

describe('openDatabase on PGlite', () => {
  it('refuses a data directory that is already open, naming it, and frees it on close', async () => {
    const target = await pgliteBackend.create();
    try {
      const first = await target.open();
      const dataDir = path.join(target.env.TIFFIN_DATA_DIR!, 'catalog');
      await expect(target.open()).rejects.toThrow(`database directory ${dataDir} is in use`);
      await first.close();
      const again = await target.open();
      await again.close();
    } finally {
      await target.remove();
    }
  });
});

describe.runIf(externalBackendsTested)('openDatabase on PostgreSQL', () => {
  it('lets instances start together, each migration applied once', async () => {
    const target = await postgresBackend.create();
    try {
      const opened = await Promise.all([target.open(), target.open(), target.open()]);
      expect(await appliedMigrations(opened[0]!.db, '__tiffin_kit_migrations')).toBe(kitMigrationCount);
      expect(await appliedMigrations(opened[0]!.db, '__drizzle_migrations')).toBe(1);
      await Promise.all(opened.map((database) => database.close()));
    } finally {
      await target.remove();
    }
  });
});

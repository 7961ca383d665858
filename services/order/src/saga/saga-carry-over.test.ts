import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, expect, it } from 'vitest';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
const kitMigrationsFolder = fileURLToPath(new URL('../../../../packages/service-kit/migrations', import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), 'tiffin-order-upgrade-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** The order service's first `count` migrations, as an older release had them. */
async function firstMigrations(count: number): Promise<string> {
  const folder = path.join(work, `first-${count}`);
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: unknown[] };
  await writeFile(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return folder;
}

/** Before the saga kit: only the first migration. */
const migrationsBeforeTheKit = () => firstMigrations(1);

it('carries sagas under way over to the kit, so orders accepted before the upgrade still end', async () => {
  const client = await PGlite.create();
  const db = drizzle({ client });
  await migrate(db, { migrationsFolder: kitMigrationsFolder, migrationsTable: '__tiffin_kit_migrations' });
  await migrate(db, { migrationsFolder: await migrationsBeforeTheKit() });
  const orderId = crypto.randomUUID();
  await client.query(
    `insert into orders (id, consumer_id, restaurant_id, restaurant_name, status, total_cents, delivery_address, idempotency_key, request_fingerprint)
     values ($1, $2, $3, 'Bombay Tiffin House', 'PENDING', 2790, '77 Hudson St', 'key-1', 'f')`,
    [orderId, crypto.randomUUID(), crypto.randomUUID()],
  );
  const menuItemId = crypto.randomUUID();
  await client.query(
    `insert into order_lines (order_id, line_number, menu_item_id, name, quantity, unit_price_cents) values ($1, 0, $2, 'Paneer Tikka', 2, 1395)`,
    [orderId, menuItemId],
  );
  await client.query(`insert into create_order_sagas (order_id, state, history) values ($1, 'VALIDATING_ORDER_DETAILS', '[]')`, [orderId]);

  await migrate(db, { migrationsFolder });

  const { rows } = await client.query<{ status: string; step: number; awaiting: string[]; data: unknown; deadline_at: Date | null }>(
    'select status, step, awaiting, data, deadline_at from saga_instances where id = $1',
    [orderId],
  );
  expect(rows).toEqual([
    {
      status: 'running',
      step: 1,
      awaiting: ['catalog'],
      data: expect.objectContaining({ orderId, totalCents: 2790, lines: [{ menuItemId, quantity: 2, unitPriceCents: 1395 }] }),
      deadline_at: expect.any(Date),
    },
  ]);
  await client.close();
});

it('brings the deadline of sagas under way without a card to now, so the watch rejects those orders at once', async () => {
  const client = await PGlite.create();
  const db = drizzle({ client });
  await migrate(db, { migrationsFolder: kitMigrationsFolder, migrationsTable: '__tiffin_kit_migrations' });
  await migrate(db, { migrationsFolder: await firstMigrations(2) });
  const later = new Date(Date.now() + 60_000);
  const [before, after] = [crypto.randomUUID(), crypto.randomUUID()];
  for (const [id, data] of [
    [before, { orderId: before }],
    [after, { orderId: after, cardId: crypto.randomUUID() }],
  ] as const) {
    await client.query(
      `insert into saga_instances (id, saga_type, status, step, awaiting, data, deadline_at, history)
       values ($1, 'create-order', 'running', 1, '["catalog"]', $2, $3, '[]')`,
      [id, JSON.stringify(data), later],
    );
  }

  await migrate(db, { migrationsFolder });

  const { rows } = await client.query<{ id: string; deadline_at: Date }>('select id, deadline_at from saga_instances');
  const deadlineOf = (id: string) => rows.find((row) => row.id === id)!.deadline_at.getTime();
  expect(deadlineOf(before)).toBeLessThanOrEqual(Date.now());
  expect(deadlineOf(after)).toBe(later.getTime());
  await client.close();
});

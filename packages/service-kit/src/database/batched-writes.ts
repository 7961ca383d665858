import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from './db-types';

type Schema = Record<string, unknown>;

/** What an open `inTransaction` holds: its database, the writes held back, what to do before and once committed. */
export interface OpenBatch {
  db: object;
  writes: SQL[];
  /**
   * Run once the work is done, before the held-back writes are sent, in the order registered: work
   * that gathers what several messages of a group need and then writes for all of them at once (the
   * order-history projection). Inside `writeAtomically` they may only hold writes back.
   */
  beforeSend: (() => Promise<void>)[];
  afterCommit: (() => void)[];
}

const newBatch = (db: object): OpenBatch => ({ db, writes: [], beforeSend: [], afterCommit: [] });

const openBatches = new WeakMap<object, OpenBatch>();

/**
 * Runs `work` in a transaction whose held-back writes (`writeLater`) are sent together as one
 * statement when the work is done, just before commit. Each statement is a round trip to the database,
 * and on this kind of machine a round trip costs more CPU than the work it carries (a socket write on
 * both sides): an order used to take ten of them, most of them inserts whose result nobody reads.
 * Once committed, it runs what the work registered with `batchOf(tx).afterCommit` (the outbox hands
 * its new messages to the relay that way); `beforeSend` runs just before the held-back writes go.
 */
export async function inTransaction<S extends Schema, T>(db: Db<S>, work: (tx: Tx<S>) => Promise<T>): Promise<T> {
  const batch = newBatch(db);
  const result = await db.transaction(async (tx) => {
    openBatches.set(tx, batch);
    try {
      const done = await work(tx);
      for (const before of batch.beforeSend) await before();
      await sendTogether(tx, batch.writes);
      return done;
    } finally {
      openBatches.delete(tx);
    }
  });
  for (const committed of batch.afterCommit) committed();
  return result;
}

/** Stands in for the database session of a writes-only batch: building queries is fine, running one is not. */
const refusingSession = new Proxy(
  {},
  {
    get() {
      throw new Error('writeAtomically: work ran a statement; it may only build writes for writeLater and enqueue');
    },
  },
);

/**
 * For work that only writes: its writes (`writeLater`, `enqueue`) go as one statement with no BEGIN and
 * COMMIT around it (one statement is atomic by itself), one round trip instead of three. The handle the
 * work gets builds queries but refuses to run one, so a read slipped in fails loudly, not unatomically.
 */
export async function writeAtomically<S extends Schema, T>(db: Db<S>, work: (tx: Tx<S>) => Promise<T>): Promise<T> {
  const handle = Object.create(db, { session: { value: refusingSession } }) as Tx<S>;
  const batch = newBatch(db);
  openBatches.set(handle, batch);
  let result: T;
  try {
    result = await work(handle);
    for (const before of batch.beforeSend) await before();
  } finally {
    openBatches.delete(handle);
  }
  await sendTogether(db, batch.writes);
  for (const committed of batch.afterCommit) committed();
  return result;
}

/** The batch `tx` belongs to, if it was opened by `inTransaction` or `writeAtomically`. */
export function batchOf<S extends Schema>(tx: Tx<S>): OpenBatch | undefined {
  return openBatches.get(tx);
}

/**
 * A write whose result the caller does not need: inside `inTransaction` it is held back and sent with
 * the others at the end; in any other transaction it is sent at once. Held-back writes run in one
 * statement, so they do not see each other's rows: never hold back two writes to the same row, nor
 * read in the same transaction what a held-back write wrote.
 */
export async function writeLater<S extends Schema>(tx: Tx<S>, write: SQLWrapper): Promise<void> {
  const batch = openBatches.get(tx);
  if (batch) batch.writes.push(write.getSQL());
  else await tx.execute(write.getSQL());
}

async function sendTogether<S extends Schema>(tx: Pick<Tx<S>, 'execute'>, writes: readonly SQL[]): Promise<void> {
  if (writes.length === 0) return;
  if (writes.length === 1) {
    await tx.execute(writes[0]!);
    return;
  }
  // Data-modifying statements in WITH all run, to completion, as one statement (PostgreSQL and PGlite alike).
  const parts = writes.map((write, index) => sql`${sql.raw(`w${index}`)} as (${write})`);
  await tx.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
}

/**
 * Work to do once per batch for everything its messages asked for: the returned function gathers an
 * item in the caller's batch, and `flush` gets them all just before the batch's held-back writes go
 * (say, one read and one write for a whole group instead of one of each per message). Outside a
 * batch, `flush` runs at once for the one item.
 */
export function gatherInBatch<S extends Schema, T>(
  flush: (tx: Tx<S>, items: T[], batch: OpenBatch | undefined) => Promise<void>,
): (tx: Tx<S>, item: T) => Promise<void> {
  const gathered = new WeakMap<OpenBatch, T[]>();
  return async (tx, item) => {
    const batch = openBatches.get(tx);
    if (!batch) return flush(tx, [item], undefined);
    let items = gathered.get(batch);
    if (!items) {
      const ofBatch: T[] = (items = []);
      gathered.set(batch, ofBatch);
      batch.beforeSend.push(() => flush(tx, ofBatch, batch));
    }
    items.push(item);
  };
}

import { eq, inArray, sql } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/contracts';
import type { Db } from '../database/db-types';
import { outbox } from './outbox-table';

export interface PassOutcome {
  /** Rows the broker confirmed in this pass. */
  published: number;
  /** Rows claimed in this pass; as many as the batch size means more may be waiting. */
  claimed: number;
  /** The first row the broker refused; refused rows stay pending and are retried. */
  failure?: { messageId: string; attempts: number; error: unknown };
}

interface ClaimedRow {
  id: string;
  seq: number;
  payload: Message;
  attempts: number;
}

/**
 * One relay pass, in three short statements and no transaction held across the network:
 * 1. claim up to `batchSize` pending rows, oldest first, by setting a lease (SKIP LOCKED, so relays
 *    of other instances pass over rows being claimed, and over leased rows until the lease ends);
 * 2. publish them all at once, in order, and wait for the confirms together (the broker keeps the
 *    order of one channel, so pipelining keeps the order and pays the round trip once per batch);
 * 3. mark the confirmed rows published, and release the refused ones with their error.
 * A relay that dies between 1 and 3 leaves leased rows that any relay publishes once the lease is
 * over: at least once, which the consumers' inboxes absorb.
 */
export async function publishPending<S extends Record<string, unknown>>(
  db: Db<S>,
  publish: Broker['publish'],
  batchSize: number,
  leaseMs: number,
): Promise<PassOutcome> {
  const rows = await claimPending(db, batchSize, leaseMs);
  if (rows.length === 0) return { published: 0, claimed: 0 };

  const results = await Promise.allSettled(rows.map((row) => publish(row.payload)));
  const confirmed = rows.filter((_, index) => results[index]!.status === 'fulfilled');
  const refused = rows.flatMap((row, index) => {
    const result = results[index]!;
    return result.status === 'rejected' ? [{ row, error: result.reason as unknown }] : [];
  });

  if (confirmed.length > 0) {
    await db
      .update(outbox)
      .set({ state: 'published', attempts: sql`${outbox.attempts} + 1`, publishedAt: new Date(), claimedUntil: null })
      .where(inArray(outbox.id, confirmed.map((row) => row.id)));
  }
  for (const { row, error } of refused) {
    await db
      .update(outbox)
      .set({ attempts: row.attempts + 1, lastError: describe(error), claimedUntil: null })
      .where(eq(outbox.id, row.id));
  }

  const first = refused[0];
  return {
    published: confirmed.length,
    claimed: rows.length,
    ...(first ? { failure: { messageId: first.row.id, attempts: first.row.attempts + 1, error: first.error } } : {}),
  };
}

async function claimPending<S extends Record<string, unknown>>(db: Db<S>, batchSize: number, leaseMs: number): Promise<ClaimedRow[]> {
  const claimable = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(sql`${outbox.state} = 'pending' and (${outbox.claimedUntil} is null or ${outbox.claimedUntil} < now())`)
    .orderBy(outbox.seq)
    .limit(batchSize)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ claimedUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where(inArray(outbox.id, claimable))
    .returning({ id: outbox.id, seq: outbox.seq, payload: outbox.payload, attempts: outbox.attempts });
  // UPDATE … RETURNING does not promise an order; publishing does.
  return rows.sort((a, b) => a.seq - b.seq);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

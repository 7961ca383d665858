import { inArray, sql } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/messages';
import type { Db } from '../database/db-types';
import { outbox } from './outbox-table';

export interface PassOutcome {
  /** Ids of the rows the broker confirmed in this pass; still pending and leased until marked. */
  confirmed: string[];
  /** Rows claimed in this pass; as many as the batch size means more may be waiting. */
  claimed: number;
  /** The first row the broker refused; refused rows stay pending and are retried. */
  failure?: { messageId: string; attempts: number; error: unknown };
}

/**
 * One relay pass, in at most three short statements and no transaction held across the network:
 * 1. if asked to, claim up to `batchSize` pending rows, oldest first, by setting a lease (SKIP LOCKED,
 *    so relays of other instances pass over rows being claimed, and over leased rows until the lease
 *    ends). Rows handed over by the transactions that wrote them were leased at birth and need no claim;
 * 2. publish them all at once, in order, and wait for the confirms together (the broker keeps the
 *    order of one channel, so pipelining keeps the order and pays the round trip once per batch);
 * 3. release the refused rows with their error. The confirmed ones are the caller's to mark published
 *    (the relay marks those of several passes in one statement: `markPublished`).
 * A relay that dies before marking leaves leased rows that any relay publishes once the lease is
 * over: at least once, which the consumers' inboxes absorb.
 */
export async function publishPending<S extends Record<string, unknown>>(
  db: Db<S>,
  publish: Broker['publish'],
  options: { handedOver: readonly Message[]; claim: boolean; batchSize: number; leaseMs: number },
): Promise<PassOutcome> {
  const claimed = options.claim ? await claimPending(db, options.batchSize, options.leaseMs) : [];
  // A handed-over row whose lease ran out (a long outage) can be claimed as well: publish it once.
  const handedOverIds = new Set(options.handedOver.map((message) => message.id));
  const messages = [...options.handedOver, ...claimed.filter((message) => !handedOverIds.has(message.id))];
  if (messages.length === 0) return { confirmed: [], claimed: 0 };

  const results = await Promise.allSettled(messages.map((message) => publish(message)));
  const confirmed = messages.filter((_, index) => results[index]!.status === 'fulfilled');
  const refused = messages.flatMap((message, index) => {
    const result = results[index]!;
    return result.status === 'rejected' ? [{ message, error: result.reason as unknown }] : [];
  });

  let failure: PassOutcome['failure'];
  if (refused.length > 0) {
    // One statement for all of them; each row keeps its own error.
    const errors = new Map(refused.map(({ message, error }) => [message.id, describe(error)]));
    const lastError = sql.join(
      [sql`case ${outbox.id}`, ...[...errors].map(([id, text]) => sql`when ${id}::uuid then ${text}`), sql`end`],
      sql` `,
    );
    const released = await db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, lastError, claimedUntil: null })
      .where(inArray(outbox.id, [...errors.keys()]))
      .returning({ id: outbox.id, attempts: outbox.attempts });
    const first = refused[0]!;
    const attempts = released.find((row) => row.id === first.message.id)?.attempts ?? 1;
    failure = { messageId: first.message.id, attempts, error: first.error };
  }
  return { confirmed: confirmed.map((message) => message.id), claimed: claimed.length, ...(failure ? { failure } : {}) };
}

/** Marks rows the broker confirmed as published, in one statement. */
export async function markPublished<S extends Record<string, unknown>>(db: Db<S>, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await db
    .update(outbox)
    .set({ state: 'published', attempts: sql`${outbox.attempts} + 1`, publishedAt: new Date(), claimedUntil: null })
    .where(inArray(outbox.id, [...messageIds]));
}

async function claimPending<S extends Record<string, unknown>>(db: Db<S>, batchSize: number, leaseMs: number): Promise<Message[]> {
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
    .returning({ seq: outbox.seq, payload: outbox.payload });
  // UPDATE … RETURNING does not promise an order; publishing does.
  return rows.sort((a, b) => a.seq - b.seq).map((row) => row.payload);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Frees rows handed over to a relay that stops before publishing them, so any relay takes them at once. */
export async function releaseLeases<S extends Record<string, unknown>>(db: Db<S>, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await db
    .update(outbox)
    .set({ claimedUntil: null })
    .where(sql`${inArray(outbox.id, [...messageIds])} and ${outbox.state} = 'pending'`);
}

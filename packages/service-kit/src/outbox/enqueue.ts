import { sql } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import type { Tx } from '../database/db-types';
import { batchOf, writeLater } from '../database/batched-writes';
import { outbox } from './outbox-table';
import { handoverFor } from './relay-handover';

/**
 * Records `message` for publishing in the caller's transaction, so it goes out if and only if the
 * state change it announces commits.
 *
 * Inside `inTransaction`, with a relay running on this database, the row is written already leased to
 * that relay and the message is handed to it once the transaction commits: the relay publishes it
 * without first claiming it (a round trip saved per pass). If this process dies before publishing,
 * the lease runs out and any relay publishes the row. Elsewhere the row waits for a relay to claim it:
 * call the relay's wake() after the commit for low latency.
 */
export async function enqueue<S extends Record<string, unknown>>(tx: Tx<S>, message: Message): Promise<void> {
  const row = { id: message.id, type: message.type, payload: message };
  const batch = batchOf(tx);
  const handover = batch && handoverFor(batch.db);
  if (!batch || !handover) {
    await writeLater(tx, tx.insert(outbox).values(row));
    return;
  }
  const leased = sql`now() + make_interval(secs => ${handover.leaseMs / 1000})`;
  await writeLater(tx, tx.insert(outbox).values({ ...row, claimedUntil: leased }));
  batch.afterCommit.push(() => handover.take(message));
}

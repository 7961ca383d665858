import { lt, sql } from 'drizzle-orm';
import type { Db } from '../database/db-types';
import { receivedMessages } from '../inbox/received-messages-table';
import { pruneInBatches, type PruneOutcome } from './prune-in-batches';

/**
 * Deletes dedup rows received before `cutoff`, oldest first, `batchSize` at a time: found through the
 * index received_messages_received_at_idx, deleted by row address as in prunePublishedOutbox. Only
 * safe once no copy of those messages can still arrive: see TIFFIN_DEDUP_RETENTION_HOURS.
 */
export function pruneReceivedMessages<S extends Record<string, unknown>>(db: Db<S>, cutoff: Date, batchSize: number): Promise<PruneOutcome> {
  return pruneInBatches(batchSize, async (limit) => {
    const expired = db
      .select({ row: sql`ctid` })
      .from(receivedMessages)
      .where(lt(receivedMessages.receivedAt, cutoff))
      .orderBy(receivedMessages.receivedAt)
      .limit(limit);
    const deleted = await db.delete(receivedMessages).where(sql`ctid = any(array${expired})`).returning({ messageId: receivedMessages.messageId });
    return deleted.length;
  });
}

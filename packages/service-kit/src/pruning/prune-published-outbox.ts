import { and, eq, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../database/db-types';
import { outbox } from '../outbox/outbox-table';
import { pruneInBatches, type PruneOutcome } from './prune-in-batches';

/**
 * Deletes outbox rows published before `cutoff`, oldest first, `batchSize` at a time. Pending rows are
 * never touched however old: they are messages still owed to the broker. Nor are rows of `keptTypes`:
 * the service's event log (see eventLogs in @tiffin/messages), which a view's rebuild replays. The batch is found through
 * the partial index outbox_published_idx and deleted by row address (ctid): matching it by id instead
 * lets the planner hash-join against a scan of the whole table, for every batch.
 */
export function prunePublishedOutbox<S extends Record<string, unknown>>(
  db: Db<S>,
  cutoff: Date,
  batchSize: number,
  keptTypes: readonly string[] = [],
): Promise<PruneOutcome> {
  const prunable = keptTypes.length > 0 ? notInArray(outbox.type, [...keptTypes]) : undefined;
  return pruneInBatches(batchSize, async (limit) => {
    const expired = db
      .select({ row: sql`ctid` })
      .from(outbox)
      .where(and(eq(outbox.state, 'published'), lt(outbox.publishedAt, cutoff), prunable))
      .orderBy(outbox.publishedAt)
      .limit(limit);
    const deleted = await db.delete(outbox).where(sql`ctid = any(array${expired})`).returning({ id: outbox.id });
    return deleted.length;
  });
}

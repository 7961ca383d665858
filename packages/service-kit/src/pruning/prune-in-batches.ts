import { setImmediate as nextTurn } from 'node:timers/promises';

export interface PruneOutcome {
  deleted: number;
  /** Statements run; each deleted at most one batch, so none held its locks for long. */
  batches: number;
}

/**
 * Runs `deleteBatch` until it deletes fewer rows than a batch. Each batch is its own statement and so
 * its own short transaction: a big backlog is worked off without one long lock that would stall the
 * relay or a consumer, and the event loop gets a turn between batches (PGlite shares it with them).
 */
export async function pruneInBatches(batchSize: number, deleteBatch: (limit: number) => Promise<number>): Promise<PruneOutcome> {
  let deleted = 0;
  let batches = 0;
  for (;;) {
    const count = await deleteBatch(batchSize);
    batches++;
    deleted += count;
    if (count < batchSize) return { deleted, batches };
    await nextTurn();
  }
}

import { asc, eq } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import type { Db } from '../database/db-types';
import { outbox } from './outbox-table';

export interface PassOutcome {
  published: number;
  /** Set when the broker refused a row; the rows after it wait for the next pass to keep their order. */
  failure?: { messageId: string; attempts: number; error: unknown };
}

/**
 * One relay pass: publishes up to `batchSize` pending rows in the order they were enqueued. The rows
 * stay locked (FOR UPDATE SKIP LOCKED) until the pass commits, so another relay on the same database
 * passes over them instead of publishing them a second time.
 */
export function publishPending<S extends Record<string, unknown>>(
  db: Db<S>,
  publish: Broker['publish'],
  batchSize: number,
): Promise<PassOutcome> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: outbox.id, payload: outbox.payload, attempts: outbox.attempts })
      .from(outbox)
      .where(eq(outbox.state, 'pending'))
      .orderBy(asc(outbox.seq))
      .limit(batchSize)
      .for('update', { skipLocked: true });

    let published = 0;
    for (const row of rows) {
      try {
        await publish(row.payload);
      } catch (error) {
        const attempts = row.attempts + 1;
        await tx
          .update(outbox)
          .set({ attempts, lastError: describe(error) })
          .where(eq(outbox.id, row.id));
        return { published, failure: { messageId: row.id, attempts, error } };
      }
      await tx
        .update(outbox)
        .set({ state: 'published', attempts: row.attempts + 1, publishedAt: new Date() })
        .where(eq(outbox.id, row.id));
      published++;
    }
    return { published };
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

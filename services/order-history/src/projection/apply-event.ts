import { eq, sql } from 'drizzle-orm';
import { historyEvents, orderHistory } from '../db/schema';
import type { OrderHistoryTx } from '../context';
import { foldOrder } from './fold-order';
import type { ProjectedEvent } from './projected-events';

/**
 * Takes one event into the view, in the caller's transaction: keeps it (once per event id, so a live
 * copy and a replayed one count once) and folds the order's row again from all its events. Returns
 * false when the event was already there.
 */
export async function applyEvent(tx: OrderHistoryTx, event: ProjectedEvent): Promise<boolean> {
  const { orderId } = event.payload;
  // One order's events are folded one transaction at a time: two events of one order taken side by
  // side (live and replay queues, or several consumers) would each fold without the other's.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${orderId}, 0))`);
  const kept = await tx
    .insert(historyEvents)
    .values({ eventId: event.id, orderId, type: event.type, occurredAt: new Date(event.occurredAt), message: event })
    .onConflictDoNothing()
    .returning({ eventId: historyEvents.eventId });
  if (kept.length === 0) return false;

  const events = await tx.select({ message: historyEvents.message }).from(historyEvents).where(eq(historyEvents.orderId, orderId));
  const entry = foldOrder(
    orderId,
    events.map((row) => row.message as ProjectedEvent),
  );
  if (entry) {
    const row = { orderId, consumerId: entry.consumerId, placedAt: new Date(entry.createdAt), entry };
    await tx.insert(orderHistory).values(row).onConflictDoUpdate({ target: orderHistory.orderId, set: row });
  }
  return true;
}

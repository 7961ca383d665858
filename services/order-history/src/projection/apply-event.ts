import { eq, sql } from 'drizzle-orm';
import { isOfferedToCouriers, type OrderHistoryEntry } from '@tiffin/contracts';
import { historyChanges, historyEvents, orderHistory } from '../db/schema';
import type { OrderHistoryTx } from '../context';
import type { HistoryChange } from '../live/history-change';
import { foldOrder } from './fold-order';
import type { ProjectedEvent } from './projected-events';

/**
 * Takes one event into the view, in the caller's transaction: keeps it (once per event id, so a live
 * copy and a replayed one count once) and folds the order's row again from all its events. Returns
 * the row's change, for the live streams once the transaction commits; undefined when the event was
 * already there or the row cannot be folded yet (no OrderCreated).
 */
export async function applyEvent(tx: OrderHistoryTx, event: ProjectedEvent): Promise<HistoryChange | undefined> {
  const { orderId } = event.payload;
  // One order's events are folded one transaction at a time: two events of one order taken side by
  // side (live and replay queues, or several consumers) would each fold without the other's.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${orderId}, 0))`);
  const kept = await tx
    .insert(historyEvents)
    .values({ eventId: event.id, orderId, type: event.type, occurredAt: new Date(event.occurredAt), message: event })
    .onConflictDoNothing()
    .returning({ eventId: historyEvents.eventId });
  if (kept.length === 0) return undefined;

  // The row as it was comes with the events, in the same round trip: couriers must hear when an order leaves the offer.
  const events = await tx
    .select({
      message: historyEvents.message,
      previous: sql<OrderHistoryEntry | null>`(select ${orderHistory.entry} from ${orderHistory} where ${orderHistory.orderId} = ${orderId})`,
    })
    .from(historyEvents)
    .where(eq(historyEvents.orderId, orderId));
  const entry = foldOrder(
    orderId,
    events.map((row) => row.message as ProjectedEvent),
  );
  if (!entry) return undefined;

  // The next change number, taken in the same statement; its row stays locked until commit (see historyChanges).
  const next = tx.$with('next').as(
    tx
      .update(historyChanges)
      .set({ lastSeq: sql`${historyChanges.lastSeq} + 1` })
      .where(eq(historyChanges.id, 1))
      .returning({ lastSeq: historyChanges.lastSeq }),
  );
  const row = {
    orderId,
    consumerId: entry.consumerId,
    restaurantId: entry.restaurantId,
    courierId: entry.courierId,
    placedAt: new Date(entry.createdAt),
    entry,
    changeSeq: sql<number>`(select last_seq from ${next})`,
  };
  const [saved] = await tx
    .with(next)
    .insert(orderHistory)
    .values(row)
    .onConflictDoUpdate({ target: orderHistory.orderId, set: row })
    .returning({ seq: orderHistory.changeSeq });
  const previous = events[0]?.previous ?? null;
  return { seq: Number(saved!.seq), entry, wasOffered: previous !== null && isOfferedToCouriers(previous) };
}

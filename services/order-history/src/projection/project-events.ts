import { eq, inArray, sql } from 'drizzle-orm';
import { isOfferedToCouriers, type OrderHistoryEntry } from '@tiffin/contracts';
import { gatherInBatch, writeLater } from '@tiffin/service-kit';
import { historyChanges, historyEvents, orderHistory, type OrderHistorySchema } from '../db/schema';
import type { OrderHistoryTx } from '../context';
import type { ChangeFeed } from '../live/change-feed';
import type { HistoryChange } from '../live/history-change';
import { foldOrder } from './fold-order';
import type { ProjectedEvent } from './projected-events';

/**
 * Takes events into the view in the caller's batch (`handleOnce`): each is kept (once per event id, so
 * a live copy and a replayed one count once) and its order's row folded again from all its events,
 * together with the other events of the batch, just before it commits; the changed rows are told to
 * `feed` once it has. A group of messages thus costs the view three statements in all (lock, read,
 * write) instead of five per event.
 */
export function eventProjector(feed: ChangeFeed): (tx: OrderHistoryTx, event: ProjectedEvent) => Promise<void> {
  return gatherInBatch<OrderHistorySchema, ProjectedEvent>(async (tx, events, batch) => {
    if (!batch) throw new Error('events are projected in the batch of handleOnce, which tells the feed once it commits');
    const changes = await applyEvents(tx, events);
    batch.afterCommit.push(() => feed.committed(changes));
  });
}

/**
 * Keeps the events the view does not have yet and folds each of their orders again, numbering each
 * changed row. Everything that writes the view does it here, holding the change counter's row lock
 * from first read to commit: folds never run side by side (live and replay queues, other instances),
 * and changes commit in the order of their numbers (see historyChanges).
 */
async function applyEvents(tx: OrderHistoryTx, events: readonly ProjectedEvent[]): Promise<HistoryChange[]> {
  const [counter] = await tx.select({ lastSeq: historyChanges.lastSeq }).from(historyChanges).where(eq(historyChanges.id, 1)).for('update');
  if (!counter) throw new Error('history_changes has no row: the service migrations did not run');

  const orderIds = [...new Set(events.map((event) => event.payload.orderId))];
  // Read after the lock is held, so it holds every event committed before; with each order's row as it was.
  const known = await tx
    .select({ eventId: historyEvents.eventId, orderId: historyEvents.orderId, message: historyEvents.message, previous: orderHistory.entry })
    .from(historyEvents)
    .leftJoin(orderHistory, eq(orderHistory.orderId, historyEvents.orderId))
    .where(inArray(historyEvents.orderId, orderIds));
  const knownIds = new Set(known.map((row) => row.eventId));
  const kept = [...new Map(events.filter((event) => !knownIds.has(event.id)).map((event) => [event.id, event])).values()];
  if (kept.length === 0) return [];
  await writeLater(
    tx,
    tx.insert(historyEvents).values(
      kept.map((event) => ({
        eventId: event.id,
        orderId: event.payload.orderId,
        type: event.type,
        occurredAt: new Date(event.occurredAt),
        message: event,
      })),
    ),
  );

  let seq = counter.lastSeq;
  const changes: HistoryChange[] = [];
  for (const orderId of new Set(kept.map((event) => event.payload.orderId))) {
    const ofOrder = known.filter((row) => row.orderId === orderId);
    const entry = foldOrder(orderId, [
      ...ofOrder.map((row) => row.message as ProjectedEvent),
      ...kept.filter((event) => event.payload.orderId === orderId),
    ]);
    if (!entry) continue; // No OrderCreated yet: its events wait in history_events.
    const previous: OrderHistoryEntry | null = ofOrder[0]?.previous ?? null;
    changes.push({ seq: ++seq, entry, wasOffered: previous !== null && isOfferedToCouriers(previous) });
  }
  if (changes.length === 0) return [];
  await writeLater(tx, upsertRows(tx, changes));
  await writeLater(tx, tx.update(historyChanges).set({ lastSeq: seq }).where(eq(historyChanges.id, 1)));
  return changes;
}

function upsertRows(tx: OrderHistoryTx, changes: readonly HistoryChange[]) {
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  return tx
    .insert(orderHistory)
    .values(
      changes.map(({ seq, entry }) => ({
        orderId: entry.id,
        consumerId: entry.consumerId,
        restaurantId: entry.restaurantId,
        courierId: entry.courierId,
        placedAt: new Date(entry.createdAt),
        entry,
        changeSeq: seq,
      })),
    )
    .onConflictDoUpdate({
      target: orderHistory.orderId,
      set: {
        consumerId: excluded('consumer_id'),
        restaurantId: excluded('restaurant_id'),
        courierId: excluded('courier_id'),
        placedAt: excluded('placed_at'),
        entry: excluded('entry'),
        changeSeq: excluded('change_seq'),
      },
    });
}

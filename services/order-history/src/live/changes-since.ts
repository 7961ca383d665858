import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { OrderStatus } from '@tiffin/contracts';
import { historyChanges, orderHistory } from '../db/schema';
import type { OrderHistoryDb } from '../context';
import type { ChangeFilter, HistoryChange } from './history-change';

/** Rows read per query while catching a client up. */
const page = 500;

/**
 * Every status an order may have after it was first offered to couriers: on catching up, a row in one
 * of these may be an order that left the offer while the client was away, so couriers get it too.
 */
const approvedOrLater: OrderStatus[] = ['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'PICKED_UP', 'DELIVERED', 'CANCELLED'];

function matching(filter: ChangeFilter | undefined): SQL | undefined {
  if (!filter) return undefined;
  return or(
    filter.consumerId !== undefined ? eq(orderHistory.consumerId, filter.consumerId) : undefined,
    filter.restaurantId !== undefined ? eq(orderHistory.restaurantId, filter.restaurantId) : undefined,
    filter.courierId !== undefined ? eq(orderHistory.courierId, filter.courierId) : undefined,
    filter.offered === 'true' ? inArray(sql`${orderHistory.entry}->>'status'`, approvedOrLater) : undefined,
  );
}

/**
 * The rows matching `filter` (all without one) changed after change `after`, oldest change first: each
 * order once, as it is now (a client catching up needs where things are, not every step on the way).
 */
export async function* changesAfter(db: OrderHistoryDb, after: number, filter?: ChangeFilter): AsyncGenerator<HistoryChange> {
  let from = after;
  for (;;) {
    const rows = await db
      .select({ seq: orderHistory.changeSeq, entry: orderHistory.entry })
      .from(orderHistory)
      .where(and(gt(orderHistory.changeSeq, from), matching(filter)))
      .orderBy(asc(orderHistory.changeSeq))
      .limit(page);
    for (const row of rows) {
      const seq = Number(row.seq);
      // Whether it was on offer before is not kept; any order past approval may have left the offer.
      yield { seq, entry: row.entry, wasOffered: approvedOrLater.includes(row.entry.status) };
      from = seq;
    }
    if (rows.length < page) return;
  }
}

/** The number of the last change committed. */
export async function lastChange(db: OrderHistoryDb): Promise<number> {
  const [row] = await db.select({ lastSeq: historyChanges.lastSeq }).from(historyChanges);
  return Number(row?.lastSeq ?? 0);
}

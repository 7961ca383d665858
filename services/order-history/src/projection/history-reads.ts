import { and, desc, eq, sql } from 'drizzle-orm';
import { orderHistoryDefaultPage, type OrderHistoryEntry, type OrderHistoryPage, type OrderHistoryQuery } from '@tiffin/contracts';
import { orderHistory } from '../db/schema';
import type { OrderHistoryDb } from '../context';
import { decodeCursor, encodeCursor } from './history-cursor';

export async function findHistoryEntry(db: OrderHistoryDb, orderId: string): Promise<OrderHistoryEntry | undefined> {
  const [row] = await db.select({ entry: orderHistory.entry }).from(orderHistory).where(eq(orderHistory.orderId, orderId));
  return row?.entry;
}

/**
 * One page of a consumer's orders, newest first. Keyset pagination: the cursor is the last row's sort
 * key, so a page costs the same however deep, and orders placed meanwhile never shift a page.
 */
export async function listHistory(db: OrderHistoryDb, query: OrderHistoryQuery): Promise<OrderHistoryPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const limit = query.limit ?? orderHistoryDefaultPage;
  const rows = await db
    .select({ orderId: orderHistory.orderId, placedAt: orderHistory.placedAt, entry: orderHistory.entry })
    .from(orderHistory)
    .where(
      and(
        eq(orderHistory.consumerId, query.consumerId),
        after ? sql`(${orderHistory.placedAt}, ${orderHistory.orderId}) < (${after.placedAt}, ${after.orderId})` : undefined,
      ),
    )
    .orderBy(desc(orderHistory.placedAt), desc(orderHistory.orderId))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    orders: page.map((row) => row.entry),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

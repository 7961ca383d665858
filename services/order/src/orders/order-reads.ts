import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Order } from '@tiffin/contracts';
import { orderLines, orders } from '../db/schema';
import type { OrderDb, OrderTx } from '../context';

type OrderRow = typeof orders.$inferSelect;
type LineRow = typeof orderLines.$inferSelect;

function toOrder(row: OrderRow, lines: LineRow[]): Order {
  return {
    id: row.id,
    consumerId: row.consumerId,
    restaurantId: row.restaurantId,
    restaurantName: row.restaurantName,
    status: row.status,
    rejectionReason: row.rejectionReason,
    lines: lines.map(({ menuItemId, name, quantity, unitPriceCents }) => ({ menuItemId, name, quantity, unitPriceCents })),
    totalCents: row.totalCents,
    deliveryAddress: row.deliveryAddress,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function linesOf(db: OrderDb | OrderTx, orderIds: string[]): Promise<Map<string, LineRow[]>> {
  const byOrder = new Map<string, LineRow[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const rows = await db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, orderIds))
    .orderBy(asc(orderLines.orderId), asc(orderLines.lineNumber));
  for (const row of rows) byOrder.get(row.orderId)?.push(row);
  return byOrder;
}

export async function findOrder(db: OrderDb | OrderTx, orderId: string): Promise<Order | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!row) return undefined;
  const lines = await linesOf(db, [row.id]);
  return toOrder(row, lines.get(row.id) ?? []);
}

/** A customer's orders, newest first. */
export async function listOrders(db: OrderDb, consumerId: string): Promise<Order[]> {
  const rows = await db
    .select()
    .from(orders)
    .where(eq(orders.consumerId, consumerId))
    .orderBy(desc(orders.createdAt), desc(orders.id));
  const lines = await linesOf(db, rows.map((row) => row.id));
  return rows.map((row) => toOrder(row, lines.get(row.id) ?? []));
}

/** The order a consumer already placed with this idempotency key, if any. */
export async function findByIdempotencyKey(
  db: OrderDb | OrderTx,
  consumerId: string,
  idempotencyKey: string,
): Promise<Pick<OrderRow, 'id' | 'status' | 'requestFingerprint'> | undefined> {
  const [row] = await db
    .select({ id: orders.id, status: orders.status, requestFingerprint: orders.requestFingerprint })
    .from(orders)
    .where(and(eq(orders.consumerId, consumerId), eq(orders.idempotencyKey, idempotencyKey)));
  return row;
}

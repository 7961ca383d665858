import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Order } from '@tiffin/contracts';
import { orderLines, orders } from '../db/schema';
import type { OrderDb, OrderTx } from '../context';
import { qualified } from '@tiffin/service-kit';

type OrderRow = typeof orders.$inferSelect;
type LineRow = typeof orderLines.$inferSelect;
type LineFields = Pick<LineRow, 'menuItemId' | 'name' | 'quantity' | 'unitPriceCents'>;

function toOrder(row: OrderRow, lines: LineFields[]): Order {
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

/**
 * One order with its lines, in one statement: the order page and the saga's observers read this more
 * than anything else, and a round trip costs more than the aggregation.
 */
export async function findOrder(db: OrderDb | OrderTx, orderId: string): Promise<Order | undefined> {
  const linesInOrder = sql<LineFields[]>`coalesce((
    select json_agg(json_build_object(
      'menuItemId', ${qualified(orderLines.menuItemId)}, 'name', ${qualified(orderLines.name)},
      'quantity', ${qualified(orderLines.quantity)}, 'unitPriceCents', ${qualified(orderLines.unitPriceCents)}
    ) order by ${qualified(orderLines.lineNumber)})
    from ${orderLines} where ${qualified(orderLines.orderId)} = ${qualified(orders.id)}), '[]'::json)`;
  const [row] = await db.select({ order: orders, lines: linesInOrder }).from(orders).where(eq(orders.id, orderId));
  return row ? toOrder(row.order, row.lines) : undefined;
}

/** A customer's orders, newest first. */
export function listOrders(db: OrderDb, consumerId: string): Promise<Order[]> {
  return ordersWhere(db, eq(orders.consumerId, consumerId));
}

/** The orders with these ids that exist, newest first: a kitchen's tickets, named and priced, in one call. */
export function listOrdersById(db: OrderDb, orderIds: string[]): Promise<Order[]> {
  return ordersWhere(db, inArray(orders.id, orderIds));
}

/** The orders matching `condition` with their lines, newest first, in two statements whatever their number. */
async function ordersWhere(db: OrderDb, condition: SQL): Promise<Order[]> {
  const rows = await db.select().from(orders).where(condition).orderBy(desc(orders.createdAt), desc(orders.id));
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

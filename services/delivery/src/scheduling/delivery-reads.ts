import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Delivery } from '@tiffin/contracts';
import { deliveries } from '../db/schema';
import type { DeliveryDb } from '../context';

type DeliveryRow = typeof deliveries.$inferSelect;

export function toDelivery(row: DeliveryRow): Delivery {
  const { id, orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress, status, courierId, totalCents } = row;
  return {
    ...{ id, orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress, status, courierId, totalCents },
    scheduledAt: row.scheduledAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findDelivery(db: DeliveryDb, deliveryId: string): Promise<Delivery | undefined> {
  const [row] = await db.select().from(deliveries).where(eq(deliveries.id, deliveryId));
  return row && toDelivery(row);
}

/** Deliveries matching every filter given, newest first. */
export async function listDeliveries(db: DeliveryDb, filter: { consumerId?: string; orderId?: string; courierId?: string }): Promise<Delivery[]> {
  const conditions: SQL[] = [];
  if (filter.consumerId) conditions.push(eq(deliveries.consumerId, filter.consumerId));
  if (filter.orderId) conditions.push(eq(deliveries.orderId, filter.orderId));
  if (filter.courierId) conditions.push(eq(deliveries.courierId, filter.courierId));
  const rows = await db
    .select()
    .from(deliveries)
    .where(and(...conditions))
    .orderBy(desc(deliveries.scheduledAt), desc(deliveries.id));
  return rows.map(toDelivery);
}

/** What couriers are offered: deliveries nobody has taken yet, oldest first. */
export async function listOfferedDeliveries(db: DeliveryDb): Promise<Delivery[]> {
  const rows = await db
    .select()
    .from(deliveries)
    .where(eq(deliveries.status, 'SCHEDULED'))
    .orderBy(asc(deliveries.scheduledAt), asc(deliveries.id))
    .limit(100);
  return rows.map(toDelivery);
}

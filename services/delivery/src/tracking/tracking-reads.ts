import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import type { DeliveryTrackingNow, TrackedPosition } from '@tiffin/contracts';
import { placeAddress } from '@tiffin/demo-city';
import { courierPositions, deliveries, kitchenProgress } from '../db/schema';
import type { DeliveryDb } from '../context';
import { toDelivery } from '../scheduling/delivery-reads';
import { arrivalTimes } from './arrival-estimate';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

type PositionRow = typeof courierPositions.$inferSelect;
const toPosition = (row: PositionRow): TrackedPosition => ({ seq: row.seq, at: { x: row.x, y: row.y }, reportedAt: row.reportedAt.toISOString() });

/** The positions the courier reported for a delivery after change `after` (up to `upTo`), oldest first. */
export async function positionsAfter(db: DeliveryDb, deliveryId: string, after: number, upTo = Number.MAX_SAFE_INTEGER): Promise<TrackedPosition[]> {
  const rows = await db
    .select()
    .from(courierPositions)
    .where(and(eq(courierPositions.deliveryId, deliveryId), gt(courierPositions.seq, after), lte(courierPositions.seq, upTo)))
    .orderBy(asc(courierPositions.seq));
  return rows.map(toPosition);
}

/**
 * Where a delivery is now, as the customer follows it: each step with its time (the kitchen's, from
 * its events; the courier's, from their moves), both ends of the ride in the demo city, the courier's
 * latest position and the arrival times as of `now`. Undefined for no such delivery.
 */
export async function trackingNow(db: DeliveryDb, deliveryId: string, now = new Date()): Promise<DeliveryTrackingNow | undefined> {
  const [found] = await db
    .select({ delivery: deliveries, kitchen: kitchenProgress })
    .from(deliveries)
    .leftJoin(kitchenProgress, eq(kitchenProgress.orderId, deliveries.orderId))
    .where(eq(deliveries.id, deliveryId));
  if (!found) return undefined;
  const { delivery: row, kitchen } = found;
  const courier = await lastPosition(db, deliveryId);
  const pickup = placeAddress(row.pickupAddress);
  const dropOff = placeAddress(row.deliveryAddress);
  const arrival = arrivalTimes({
    now,
    status: row.status,
    pickup,
    dropOff,
    courierAt: courier?.at ?? null,
    food: { readyAt: kitchen?.readyAt ?? null, readyBy: kitchen?.readyBy ?? null, preparationMinutes: kitchen?.preparationMinutes ?? null },
    deliveredAt: row.deliveredAt,
  });
  return {
    delivery: toDelivery(row),
    steps: [
      { step: 'confirmed', at: iso(row.scheduledAt) },
      { step: 'accepted', at: iso(kitchen?.acceptedAt) },
      { step: 'preparing', at: iso(kitchen?.preparingAt) },
      { step: 'ready', at: iso(kitchen?.readyAt) },
      { step: 'assigned', at: iso(row.assignedAt) },
      { step: 'picked-up', at: iso(row.pickedUpAt) },
      { step: 'delivered', at: iso(row.deliveredAt) },
    ],
    pickup,
    dropOff,
    courier,
    arrival: arrival && { estimate: arrival.estimate.toISOString(), latest: arrival.latest.toISOString() },
    seq: row.trackingSeq,
  };
}

async function lastPosition(db: DeliveryDb, deliveryId: string): Promise<TrackedPosition | null> {
  const [row] = await db.select().from(courierPositions).where(eq(courierPositions.deliveryId, deliveryId)).orderBy(desc(courierPositions.seq)).limit(1);
  return row ? toPosition(row) : null;
}

import { eq, sql } from 'drizzle-orm';
import { deliveries } from '../db/schema';
import type { DeliveryTx } from '../context';

/**
 * The next number of a delivery's tracking, taken under the delivery row's lock until commit: its
 * changes commit in the order of their numbers, so a stream resuming after one misses none below it.
 * Undefined when there is no such delivery (yet).
 */
export async function nextTrackingSeq(tx: DeliveryTx, by: { deliveryId: string } | { orderId: string }): Promise<{ deliveryId: string; seq: number } | undefined> {
  const [row] = await tx
    .update(deliveries)
    .set({ trackingSeq: sql`${deliveries.trackingSeq} + 1` })
    .where('deliveryId' in by ? eq(deliveries.id, by.deliveryId) : eq(deliveries.orderId, by.orderId))
    .returning({ deliveryId: deliveries.id, seq: deliveries.trackingSeq });
  return row;
}

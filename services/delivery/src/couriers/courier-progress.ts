import { eq, sql } from 'drizzle-orm';
import { createMessage } from '@tiffin/messages';
import { type CourierAction, type Delivery, type DeliveryStatus } from '@tiffin/contracts';
import { ConflictError, NotFoundError } from '@tiffin/http-kit';
import { enqueue, inTransaction } from '@tiffin/service-kit';
import { deliveries } from '../db/schema';
import { deliverySource, type DeliveryContext } from '../context';
import { toDelivery } from '../scheduling/delivery-reads';
import type { TrackingFeed } from '../tracking/tracking-feed';

const transitions: Record<CourierAction, { from: DeliveryStatus; to: DeliveryStatus; verb: string; stamp: 'assignedAt' | 'pickedUpAt' | 'deliveredAt' }> = {
  take: { from: 'SCHEDULED', to: 'ASSIGNED', verb: 'taken', stamp: 'assignedAt' },
  'pick-up': { from: 'ASSIGNED', to: 'PICKED_UP', verb: 'picked up', stamp: 'pickedUpAt' },
  deliver: { from: 'PICKED_UP', to: 'DELIVERED', verb: 'delivered', stamp: 'deliveredAt' },
};

/**
 * A courier moves a delivery on and it is announced, in one transaction. Only the courier who took a
 * delivery may pick it up and deliver it; the same step asked again by that courier answers the
 * delivery as it is and announces nothing more; any other status is a 409 naming the one it needs.
 */
export async function moveDelivery(context: DeliveryContext, feed: TrackingFeed, deliveryId: string, action: CourierAction, courierId: string): Promise<Delivery> {
  const { from, to, verb, stamp } = transitions[action];
  let stepped = false;
  const moved = await inTransaction(context.db, async (tx) => {
    const [current] = await tx.select().from(deliveries).where(eq(deliveries.id, deliveryId)).for('update');
    if (!current) throw new NotFoundError(`delivery ${deliveryId} does not exist`);
    if (current.courierId !== null && current.courierId !== courierId) {
      throw new ConflictError(`delivery ${deliveryId} was taken by another courier`);
    }
    if (current.status === to) return current;
    if (current.status !== from) throw new ConflictError(`delivery ${deliveryId} is ${current.status}: it must be ${from} to be ${verb}`);
    const now = new Date();
    const [updated] = await tx
      .update(deliveries)
      // Each step is a change of the customer's tracking too: numbered with its positions.
      .set({ status: to, courierId, updatedAt: now, [stamp]: now, trackingSeq: sql`${deliveries.trackingSeq} + 1` })
      .where(eq(deliveries.id, deliveryId))
      .returning();
    stepped = true;
    const { orderId } = current;
    const event =
      action === 'take'
        ? createMessage('CourierAssigned', deliverySource, { orderId, deliveryId, courierId })
        : createMessage(action === 'pick-up' ? 'DeliveryPickedUp' : 'DeliveryDelivered', deliverySource, { orderId, deliveryId });
    await enqueue(tx, event);
    return updated!;
  });
  context.outboxWritten();
  if (stepped) feed.changed(deliveryId);
  return toDelivery(moved);
}

import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { DeliveryStatus } from '@tiffin/contracts';
import type { Message } from '@tiffin/messages';
import { withFailure, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { deliveries } from '../db/schema';
import type { DeliveryTx } from '../context';

/** Once the courier has the food, the delivery can no longer be called off. */
const pastCancelling: readonly DeliveryStatus[] = ['PICKED_UP', 'DELIVERED'];

/**
 * The cancel-order saga's delivery step: the delivery ends CANCELLED and DeliveryCancelled answers,
 * however often this comes. If it comes before the OrderApproved that would schedule the delivery, a
 * CANCELLED delivery holds the order's place, so the late approval schedules nothing. A delivery the
 * courier has picked up is left as it is and the saga is told why.
 */
export async function cancelDelivery(tx: DeliveryTx, command: Message<'CancelDelivery'>): Promise<CommandReply> {
  const { orderId } = command.payload;
  await tx
    .insert(deliveries)
    .values({ id: randomUUID(), ...command.payload, status: 'CANCELLED' })
    .onConflictDoNothing({ target: deliveries.orderId });
  const [current] = await tx.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.orderId, orderId)).for('update');
  if (!current) throw new Error(`delivery of order ${orderId} vanished after it was written`);
  if (pastCancelling.includes(current.status)) {
    const reason = 'The courier has already picked up your order, so it can no longer be cancelled';
    return withFailure('DeliveryCancelRefused', { orderId, reason });
  }
  if (current.status !== 'CANCELLED') {
    // A change of the customer's tracking too; its streams read it back within a second.
    await tx
      .update(deliveries)
      .set({ status: 'CANCELLED', updatedAt: new Date(), trackingSeq: sql`${deliveries.trackingSeq} + 1` })
      .where(eq(deliveries.orderId, orderId));
  }
  return withSuccess('DeliveryCancelled', { orderId });
}

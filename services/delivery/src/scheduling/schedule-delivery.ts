import { randomUUID } from 'node:crypto';
import { createMessage, type Message } from '@tiffin/messages';
import { enqueue } from '@tiffin/service-kit';
import { deliveries } from '../db/schema';
import { deliverySource, type DeliveryTx } from '../context';

/**
 * Creates the delivery of an approved order and announces it. An order gets one delivery however
 * often its approval arrives; returns the new delivery's id, or undefined if it already had one.
 */
export async function scheduleDelivery(tx: DeliveryTx, approved: Message<'OrderApproved'>): Promise<string | undefined> {
  const { orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress, totalCents } = approved.payload;
  const [created] = await tx
    .insert(deliveries)
    .values({
      id: randomUUID(),
      orderId,
      consumerId,
      restaurantId,
      restaurantName,
      pickupAddress,
      deliveryAddress,
      totalCents,
      status: 'SCHEDULED',
    })
    .onConflictDoNothing({ target: deliveries.orderId })
    .returning({ id: deliveries.id });
  if (!created) return undefined;
  await enqueue(
    tx,
    createMessage('DeliveryScheduled', deliverySource, { deliveryId: created.id, orderId, consumerId }, approved.correlationId),
  );
  return created.id;
}

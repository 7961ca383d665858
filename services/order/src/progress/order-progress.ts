import { and, eq, inArray } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import type { OrderStatus } from '@tiffin/contracts';
import { orders } from '../db/schema';
import type { OrderTx } from '../context';

export type ProgressEvent = 'TicketAccepted' | 'TicketPreparing' | 'TicketReady' | 'DeliveryPickedUp' | 'DeliveryDelivered';

/** An approved order's way to the customer, in order: an event moves it forward, never back. */
const afterApproval: readonly OrderStatus[] = ['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'PICKED_UP', 'DELIVERED'];

/** Which status each kitchen or courier event gives the order (a courier taking it changes nothing the customer is told here). */
export const statusAfter: Record<ProgressEvent, OrderStatus> = {
  TicketAccepted: 'ACCEPTED',
  TicketPreparing: 'PREPARING',
  TicketReady: 'READY_FOR_PICKUP',
  DeliveryPickedUp: 'PICKED_UP',
  DeliveryDelivered: 'DELIVERED',
};

/**
 * Follows the kitchen and the courier. Only forward: a late or redelivered event never moves the order
 * back, and a cancelled order stays cancelled. Returns whether the order moved.
 */
export async function followProgress(tx: OrderTx, event: Message<ProgressEvent>): Promise<boolean> {
  const status = statusAfter[event.type];
  const earlier = afterApproval.slice(0, afterApproval.indexOf(status));
  const moved = await tx
    .update(orders)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(orders.id, event.payload.orderId), inArray(orders.status, [...earlier])))
    .returning({ id: orders.id });
  return moved.length > 0;
}

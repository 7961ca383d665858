import { randomUUID } from 'node:crypto';
import { notInArray } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import { withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { tickets } from '../db/schema';
import type { KitchenTx } from '../context';

/**
 * Compensation of CreateTicket: the ticket ends CANCELLED, however often this comes, and each
 * time TicketCancelled answers (the cancel-order saga waits for it; the create-order saga does not). If it comes first (the CreateTicket is late,
 * or lost), a cancelled ticket with no lines holds the order's place, so the late CreateTicket is
 * refused instead of opening a ticket nobody will pay for.
 */
export async function cancelTicket(tx: KitchenTx, command: Message<'CancelTicket'>): Promise<CommandReply> {
  const { orderId, restaurantId } = command.payload;
  await tx
    .insert(tickets)
    .values({ id: randomUUID(), orderId, restaurantId, status: 'CANCELLED', lines: [] })
    .onConflictDoUpdate({
      target: tickets.orderId,
      set: { status: 'CANCELLED', updatedAt: new Date() },
      // A ticket the staff rejected keeps saying so, with their reason.
      setWhere: notInArray(tickets.status, ['CANCELLED', 'REJECTED']),
    });
  return withSuccess('TicketCancelled', { orderId });
}

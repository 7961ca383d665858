import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import { withFailure, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { tickets } from '../db/schema';
import type { KitchenTx } from '../context';

/**
 * Opens the order's ticket, pending until the order is paid for, and answers TicketCreated. The same
 * order asked again gets the same ticket. If the saga already cancelled it (this command came after
 * its compensation), the kitchen refuses, so nothing is cooked for an order that was rejected.
 */
export async function createTicket(tx: KitchenTx, command: Message<'CreateTicket'>): Promise<CommandReply> {
  const { orderId, restaurantId, lines } = command.payload;
  // One round trip when the ticket is new, as it nearly always is; a second only to read the one there.
  const [opened] = await tx
    .insert(tickets)
    .values({ id: randomUUID(), orderId, restaurantId, status: 'CREATE_PENDING', lines })
    .onConflictDoNothing({ target: tickets.orderId })
    .returning({ id: tickets.id, status: tickets.status });
  const [ticket] = opened
    ? [opened]
    : await tx.select({ id: tickets.id, status: tickets.status }).from(tickets).where(eq(tickets.orderId, orderId));
  if (!ticket) throw new Error(`ticket of order ${orderId} vanished after it was written`);
  return ticket.status === 'CANCELLED'
    ? withFailure('TicketRejected', { orderId, reason: 'The kitchen could not take your order' })
    : withSuccess('TicketCreated', { orderId, ticketId: ticket.id });
}

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/contracts';
import { enqueue } from '@tiffin/service-kit';
import { tickets } from '../db/schema';
import { kitchenSource, type KitchenTx } from '../context';

/**
 * Opens the order's ticket, pending until the order is paid for, and answers TicketCreated. The same
 * order asked again gets the same ticket. If the saga already cancelled it (this command came after
 * its compensation), the kitchen refuses, so nothing is cooked for an order that was rejected.
 */
export async function createTicket(tx: KitchenTx, command: Message<'CreateTicket'>): Promise<void> {
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
  const reply =
    ticket.status === 'CANCELLED'
      ? createMessage('TicketRejected', kitchenSource, { orderId, reason: 'The kitchen could not take your order' }, command.correlationId)
      : createMessage('TicketCreated', kitchenSource, { orderId, ticketId: ticket.id }, command.correlationId);
  await enqueue(tx, reply);
}

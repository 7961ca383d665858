import { eq } from 'drizzle-orm';
import { createMessage, type MessageType } from '@tiffin/messages';
import { type Ticket, type TicketStatus } from '@tiffin/contracts';
import { ConflictError, NotFoundError } from '@tiffin/http-kit';
import { enqueue, inTransaction } from '@tiffin/service-kit';
import { tickets } from '../db/schema';
import { kitchenSource, type KitchenContext } from '../context';
import { toTicket } from './ticket-reads';
import { readyByOf } from '../preparation/ticket-preparation';

export type StaffAction = 'accept' | 'reject' | 'preparing' | 'ready';

interface Transition {
  from: TicketStatus;
  to: TicketStatus;
  event: Extract<MessageType, 'TicketAccepted' | 'TicketDeclined' | 'TicketPreparing' | 'TicketReady'>;
  /** How the refusal reads: "it must be ACCEPTED to be marked preparing". */
  verb: string;
}

/** What the kitchen staff may do to a ticket, and from which status only. */
export const staffTransitions: Record<StaffAction, Transition> = {
  accept: { from: 'AWAITING_ACCEPTANCE', to: 'ACCEPTED', event: 'TicketAccepted', verb: 'accepted' },
  reject: { from: 'AWAITING_ACCEPTANCE', to: 'REJECTED', event: 'TicketDeclined', verb: 'rejected' },
  preparing: { from: 'ACCEPTED', to: 'PREPARING', event: 'TicketPreparing', verb: 'marked preparing' },
  ready: { from: 'PREPARING', to: 'READY_FOR_PICKUP', event: 'TicketReady', verb: 'marked ready' },
};

/**
 * Moves a ticket on for the staff and announces it, in one transaction. Asked again once done (a
 * double click, a retry), it answers the ticket as it is and announces nothing more; any other
 * status is a 409 naming the status it needs.
 */
export async function moveTicket(context: KitchenContext, ticketId: string, action: StaffAction, reason?: string): Promise<Ticket> {
  const { from, to, event, verb } = staffTransitions[action];
  const moved = await inTransaction(context.db, async (tx) => {
    const [current] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
    if (!current) throw new NotFoundError(`ticket ${ticketId} does not exist`);
    if (current.status === to) return current;
    if (current.status !== from) throw new ConflictError(`ticket ${ticketId} is ${current.status}: it must be ${from} to be ${verb}`);
    const [updated] = await tx
      .update(tickets)
      .set({ status: to, rejectionReason: reason ?? null, updatedAt: new Date() })
      .where(eq(tickets.id, ticketId))
      .returning();
    const { orderId } = current;
    const message =
      event === 'TicketDeclined'
        ? createMessage(event, kitchenSource, { orderId, ticketId, reason: reason ?? 'The restaurant cannot make your order' })
        : event === 'TicketReady'
          ? createMessage(event, kitchenSource, { orderId, ticketId })
          : // From acceptance or the start of cooking: when the food should be ready, by the kitchen's times.
            createMessage(event, kitchenSource, { orderId, ticketId, ...readyByOf(current.lines, updated!.updatedAt) });
    await enqueue(tx, message);
    return updated!;
  });
  context.outboxWritten();
  return toTicket(moved);
}

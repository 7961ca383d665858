import { and, eq, inArray } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import { noReply, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { tickets } from '../db/schema';
import type { KitchenContext, KitchenTx } from '../context';

/**
 * The order is paid for: the ticket waits for the restaurant to accept it. Confirming twice answers
 * twice (the saga ignores the second). A cancelled or unknown ticket is not confirmed and gets no
 * answer: the saga that sent this has failed already, or will by its deadline.
 */
export async function confirmTicket(tx: KitchenTx, command: Message<'ConfirmTicket'>, context: KitchenContext): Promise<CommandReply> {
  const { orderId } = command.payload;
  const [confirmed] = await tx
    .update(tickets)
    .set({ status: 'AWAITING_ACCEPTANCE', updatedAt: new Date() })
    .where(and(eq(tickets.orderId, orderId), inArray(tickets.status, ['CREATE_PENDING', 'AWAITING_ACCEPTANCE'])))
    .returning({ id: tickets.id });
  if (!confirmed) {
    context.logger.warn({ orderId }, 'no open ticket to confirm');
    return noReply();
  }
  return withSuccess('TicketConfirmed', { orderId });
}

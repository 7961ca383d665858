import type { Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { KitchenContext } from '../context';
import { cancelTicket } from './cancel-ticket';
import { confirmTicket } from './confirm-ticket';
import { createTicket } from './create-ticket';

export const ticketCommandsConsumer = 'kitchen.tickets';

type TicketCommand = 'CreateTicket' | 'ConfirmTicket' | 'CancelTicket';

/**
 * The kitchen's part of the create-order saga. One queue for all three commands, so an order's
 * commands are handled in the order they were sent (they share its ordering key).
 */
export function ticketCommandsSubscription(context: KitchenContext): Subscription<TicketCommand> {
  return {
    consumer: ticketCommandsConsumer,
    types: ['CreateTicket', 'ConfirmTicket', 'CancelTicket'],
    handle: async (command: Message<TicketCommand>) => {
      const { orderId } = command.payload;
      await handleOnce(context.db, ticketCommandsConsumer, command, async (tx) => {
        switch (command.type) {
          case 'CreateTicket':
            await createTicket(tx, command);
            break;
          case 'ConfirmTicket':
            if (!(await confirmTicket(tx, command))) context.logger.warn({ orderId }, 'no open ticket to confirm');
            break;
          case 'CancelTicket':
            await cancelTicket(tx, command);
            break;
        }
        context.logger.info({ orderId, command: command.type }, 'ticket command handled');
      });
      context.outboxWritten();
    },
  };
}

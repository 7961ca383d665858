import { sagaCommandHandlers } from '@tiffin/saga-kit';
import { kitchenSource } from '../context';
import { cancelTicket } from './cancel-ticket';
import { confirmTicket } from './confirm-ticket';
import { createTicket } from './create-ticket';

export const ticketCommandsConsumer = 'kitchen.tickets';

/**
 * The kitchen's part of the create-order saga. One queue for all three commands, so an order's
 * commands are handled in the order they were sent (they share its ordering key).
 */
export const ticketCommandsSubscription = sagaCommandHandlers({
  consumer: ticketCommandsConsumer,
  source: kitchenSource,
  handlers: { CreateTicket: createTicket, ConfirmTicket: confirmTicket, CancelTicket: cancelTicket },
});

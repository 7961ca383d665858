import type { Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { AccountingContext } from '../context';
import { authorizeCard } from './authorize-card';
import { reverseAuthorization } from './reverse-authorization';

export const cardCommandsConsumer = 'accounting.card-authorizations';

type CardCommand = 'AuthorizeCard' | 'ReverseAuthorization';

/**
 * Accounting's part of the sagas. One queue for both commands, so an order's authorisation and its
 * reversal are handled in the order they were sent (they share its ordering key).
 */
export function cardCommandsSubscription(context: AccountingContext): Subscription<CardCommand> {
  return {
    consumer: cardCommandsConsumer,
    types: ['AuthorizeCard', 'ReverseAuthorization'],
    handle: async (command: Message<CardCommand>) => {
      await handleOnce(context.db, cardCommandsConsumer, command, async (tx) => {
        if (command.type === 'AuthorizeCard') await authorizeCard(tx, command);
        else await reverseAuthorization(tx, command);
        context.logger.info({ orderId: command.payload.orderId, command: command.type }, 'card command handled');
      });
      context.outboxWritten();
    },
  };
}

import { sagaCommandHandlers } from '@tiffin/saga-kit';
import { accountingSource } from '../context';
import { authorizeCard } from './authorize-card';
import { reverseAuthorization } from './reverse-authorization';

export const cardCommandsConsumer = 'accounting.card-authorizations';

/**
 * Accounting's part of the sagas. One queue for both commands, so an order's authorisation and its
 * reversal are handled in the order they were sent (they share its ordering key).
 */
export const cardCommandsSubscription = sagaCommandHandlers({
  consumer: cardCommandsConsumer,
  source: accountingSource,
  handlers: { AuthorizeCard: authorizeCard, ReverseAuthorization: reverseAuthorization },
});

import { sagaCommandHandlers } from '@tiffin/saga-kit';
import { accountingSource, type AccountingTx } from '../context';
import type { CardNetwork } from '../card-network/card-network';
import { authorizeCard } from './authorize-card';
import { reverseAuthorization } from './reverse-authorization';

export const cardCommandsConsumer = 'accounting.card-authorizations';

/**
 * Accounting's part of the sagas. One queue for both commands, so an order's authorisation and its
 * reversal are handled in the order they were sent (they share its ordering key).
 */
export function cardCommandsSubscription(network: CardNetwork) {
  return sagaCommandHandlers({
    consumer: cardCommandsConsumer,
    source: accountingSource,
    handlers: {
      AuthorizeCard: (tx: AccountingTx, command) => authorizeCard(tx, command, network),
      ReverseAuthorization: (tx: AccountingTx, command) => reverseAuthorization(tx, command, network),
    },
  });
}

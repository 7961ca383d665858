import { readOnlySagaCommandHandlers } from '@tiffin/saga-kit';
import { catalogSource } from '../context';
import { validateOrderDetails } from './validate-order-details';

export const validateOrderConsumer = 'catalog.validate-order';

/**
 * The catalog's part of the create-order saga: answer ValidateOrderDetails from the live menu.
 * Read-only: the menu is read as it is now, then the answer and the dedup row go as one statement.
 */
export const validateOrderSubscription = readOnlySagaCommandHandlers({
  consumer: validateOrderConsumer,
  source: catalogSource,
  handlers: { ValidateOrderDetails: validateOrderDetails },
});

import { readOnlySagaCommandHandlers } from '@tiffin/saga-kit';
import { consumerSource } from '../context';
import { validateConsumer } from './validate-consumer';

export const validateConsumerConsumer = 'consumer.validate-consumer';

/**
 * The consumer service's part of the create-order saga: answer ValidateConsumer from its accounts.
 * Read-only: the account is read as it is now, then the answer and the dedup row go as one statement.
 */
export const validateConsumerSubscription = readOnlySagaCommandHandlers({
  consumer: validateConsumerConsumer,
  source: consumerSource,
  handlers: { ValidateConsumer: validateConsumer },
});

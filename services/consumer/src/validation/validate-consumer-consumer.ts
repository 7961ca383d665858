import { createMessage, type Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { enqueue, handleOnceInOneStatement } from '@tiffin/service-kit';
import { consumerSource, type ConsumerContext } from '../context';
import { findConsumerAndCard } from '../accounts/consumer-reads';
import { checkConsumer } from './check-consumer';

export const validateConsumerConsumer = 'consumer.validate-consumer';

/** The consumer service's part of the create-order saga: answer ValidateConsumer from its accounts. */
export function validateConsumerSubscription(context: ConsumerContext): Subscription<'ValidateConsumer'> {
  return {
    consumer: validateConsumerConsumer,
    types: ['ValidateConsumer'],
    handle: async (command: Message<'ValidateConsumer'>) => {
      const { orderId, consumerId, cardId } = command.payload;
      // The account as it is now; the answer and the dedup row are then written in one statement.
      const verdict = checkConsumer({ consumerId }, await findConsumerAndCard(context.db, consumerId, cardId), new Date());
      const reply = verdict.ok
        ? createMessage('ConsumerValidated', consumerSource, { orderId, paymentToken: verdict.paymentToken }, command.correlationId)
        : createMessage('ConsumerRejected', consumerSource, { orderId, reason: verdict.reason }, command.correlationId);
      await handleOnceInOneStatement(context.db, validateConsumerConsumer, command, (tx) => enqueue(tx, reply));
      context.logger.info({ orderId, ok: verdict.ok }, 'consumer checked');
      context.outboxWritten();
    },
  };
}

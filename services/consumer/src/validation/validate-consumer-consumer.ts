import { createMessage, type Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { enqueue, handleOnce } from '@tiffin/service-kit';
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
      await handleOnce(context.db, validateConsumerConsumer, command, async (tx) => {
        const { orderId, consumerId, cardId } = command.payload;
        const verdict = checkConsumer({ consumerId }, await findConsumerAndCard(tx, consumerId, cardId), new Date());
        const reply = verdict.ok
          ? createMessage('ConsumerValidated', consumerSource, { orderId, paymentToken: verdict.paymentToken }, command.correlationId)
          : createMessage('ConsumerRejected', consumerSource, { orderId, reason: verdict.reason }, command.correlationId);
        await enqueue(tx, reply);
        context.logger.info({ orderId, ok: verdict.ok }, 'consumer checked');
      });
      context.outboxWritten();
    },
  };
}

import { consumerQueueTypes, type Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderContext } from '../context';
import { createOrderSaga } from './create-order-saga';

export const createOrderSagaConsumer = 'order.create-order-saga' as const;

/** Every participant's replies, as declared once for the queue. */
const sagaReplies = consumerQueueTypes[createOrderSagaConsumer];
type SagaReply = (typeof sagaReplies)[number];

/** Feeds the participants' replies to the create-order saga, each reply once. */
export function createOrderSagaSubscription(context: OrderContext): Subscription<SagaReply> {
  return {
    consumer: createOrderSagaConsumer,
    types: sagaReplies,
    handle: async (reply: Message<SagaReply>) => {
      await handleOnce(context.db, createOrderSagaConsumer, reply, async (tx) => {
        const verdict = await createOrderSaga.handleReply(tx, reply.payload.orderId, reply);
        if (verdict !== 'moved') context.logger.info({ orderId: reply.payload.orderId, reply: reply.type, verdict }, 'saga reply changed nothing');
      });
      context.outboxWritten();
    },
  };
}

import { checkedQueueTypes, type Message } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import { replyTypesOf } from '@tiffin/saga-kit';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderContext } from '../context';
import { createOrderSaga, createOrderSagaDefinition } from './create-order-saga';

export const createOrderSagaConsumer = 'order.create-order-saga' as const;

/** Every participant's replies, as the saga's steps list them: exactly what its queue is declared to take. */
const sagaReplies = checkedQueueTypes(createOrderSagaConsumer, replyTypesOf(createOrderSagaDefinition));
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

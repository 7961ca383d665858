import { checkedQueueTypes, type Message } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import { replyTypesOf } from '@tiffin/saga-kit';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderContext } from '../context';
import { cancelOrderSaga, cancelOrderSagaDefinition } from './cancel-order-saga';
import { cancelOrderSagaId } from './cancel-order-saga-id';

export const cancelOrderSagaConsumer = 'order.cancel-order-saga' as const;

/** Every participant's replies, as the saga's steps list them: exactly what its queue is declared to take. */
const cancelReplies = checkedQueueTypes(cancelOrderSagaConsumer, replyTypesOf(cancelOrderSagaDefinition));
type CancelReply = (typeof cancelReplies)[number];

/**
 * Feeds the participants' replies to the order's cancel-order saga, each reply once. The kitchen and
 * accounting also answer the create-order saga's compensations; with no cancel saga for the order,
 * those answers are for nobody and change nothing.
 */
export function cancelOrderSagaSubscription(context: OrderContext): Subscription<CancelReply> {
  return {
    consumer: cancelOrderSagaConsumer,
    types: cancelReplies,
    handle: async (reply: Message<CancelReply>) => {
      const { orderId } = reply.payload;
      await handleOnce(context.db, cancelOrderSagaConsumer, reply, async (tx) => {
        const verdict = await cancelOrderSaga.handleReply(tx, cancelOrderSagaId(orderId), reply);
        if (verdict === 'ignored') context.logger.info({ orderId, reply: reply.type }, 'cancel saga reply changed nothing');
      });
      context.outboxWritten();
    },
  };
}

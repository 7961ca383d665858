import type { Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderContext } from '../context';
import { advanceCreateOrderSaga } from './create-order-orchestrator';
import type { CreateOrderSagaEvent } from './create-order-saga';

export const createOrderSagaConsumer = 'order.create-order-saga';

type SagaReply = 'OrderDetailsValidated' | 'OrderDetailsRejected';

function eventOf(reply: Message<SagaReply>): CreateOrderSagaEvent {
  return reply.type === 'OrderDetailsRejected'
    ? { type: 'OrderDetailsRejected', reason: reply.payload.reason }
    : { type: 'OrderDetailsValidated' };
}

/** Feeds the participants' replies to the create-order saga, each reply once. */
export function createOrderSagaSubscription(context: OrderContext): Subscription<SagaReply> {
  return {
    consumer: createOrderSagaConsumer,
    types: ['OrderDetailsValidated', 'OrderDetailsRejected'],
    handle: async (reply: Message<SagaReply>) => {
      await handleOnce(context.db, createOrderSagaConsumer, reply, async (tx) => {
        await advanceCreateOrderSaga(tx, reply.payload.orderId, eventOf(reply), reply.correlationId, context.logger);
      });
      context.outboxWritten();
    },
  };
}

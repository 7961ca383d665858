import { consumerQueueTypes, type Message } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderContext, OrderTx } from '../context';
import { cancellableStatuses } from '../cancellation/cancellable-statuses';
import { lockForCancelling, startCancelling } from '../cancellation/cancel-order';
import { followProgress } from './order-progress';

export const orderProgressConsumer = 'order.order-progress' as const;

const progressTypes = consumerQueueTypes[orderProgressConsumer];
type ProgressType = (typeof progressTypes)[number];

/**
 * Choreography after approval: the order follows the kitchen's and the courier's events. A kitchen
 * that rejects the order makes the order service cancel it (the card released, the delivery called
 * off), with the kitchen's reason for the customer.
 */
export function orderProgressSubscription(context: OrderContext): Subscription<ProgressType> {
  return {
    consumer: orderProgressConsumer,
    types: progressTypes,
    handle: async (event: Message<ProgressType>) => {
      const { orderId } = event.payload;
      await handleOnce(context.db, orderProgressConsumer, event, async (tx) => {
        if (event.type === 'TicketDeclined') await cancelForTheKitchen(tx, event);
        else if (!(await followProgress(tx, event))) context.logger.info({ orderId, event: event.type }, 'order progress changed nothing');
      });
      context.outboxWritten();
    },
  };
}

async function cancelForTheKitchen(tx: OrderTx, declined: Message<'TicketDeclined'>): Promise<void> {
  const { order, saga } = await lockForCancelling(tx, declined.payload.orderId);
  if (!order || saga || !cancellableStatuses.includes(order.status)) return;
  const options = { reason: declined.payload.reason, ...(declined.correlationId ? { correlationId: declined.correlationId } : {}) };
  await startCancelling(tx, order, options);
}

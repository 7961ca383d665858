import type { Message } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { DeliveryContext } from '../context';
import { scheduleDelivery } from './schedule-delivery';

export const orderApprovedConsumer = 'delivery.on-order-approved';

/** Choreography: delivery reacts to an approved order on its own, nobody commands it. */
export function orderApprovedSubscription(context: DeliveryContext): Subscription<'OrderApproved'> {
  return {
    consumer: orderApprovedConsumer,
    types: ['OrderApproved'],
    handle: async (approved: Message<'OrderApproved'>) => {
      await handleOnce(context.db, orderApprovedConsumer, approved, async (tx) => {
        const deliveryId = await scheduleDelivery(tx, approved);
        context.logger.info({ orderId: approved.payload.orderId, deliveryId }, 'delivery scheduled');
      });
      context.outboxWritten();
    },
  };
}

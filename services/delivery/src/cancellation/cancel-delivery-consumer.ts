import type { Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { DeliveryContext } from '../context';
import { cancelDelivery } from './cancel-delivery';

export const cancelDeliveryConsumer = 'delivery.cancel-delivery';

/** Delivery's part of the cancel-order saga. */
export function cancelDeliverySubscription(context: DeliveryContext): Subscription<'CancelDelivery'> {
  return {
    consumer: cancelDeliveryConsumer,
    types: ['CancelDelivery'],
    handle: async (command: Message<'CancelDelivery'>) => {
      await handleOnce(context.db, cancelDeliveryConsumer, command, async (tx) => {
        await cancelDelivery(tx, command);
        context.logger.info({ orderId: command.payload.orderId }, 'delivery cancellation handled');
      });
      context.outboxWritten();
    },
  };
}

import { createMessage, type Message } from '@tiffin/contracts';
import type { Subscription } from '@tiffin/broker';
import { enqueue, handleOnceInOneStatement } from '@tiffin/service-kit';
import { catalogSource, type CatalogContext } from '../context';
import { findRestaurant } from '../menu/restaurant-reads';
import { checkOrderDetails } from './check-order-details';

export const validateOrderConsumer = 'catalog.validate-order';

/** The catalog's part of the create-order saga: answer ValidateOrderDetails from the live menu. */
export function validateOrderSubscription(context: CatalogContext): Subscription<'ValidateOrderDetails'> {
  return {
    consumer: validateOrderConsumer,
    types: ['ValidateOrderDetails'],
    handle: async (command: Message<'ValidateOrderDetails'>) => {
      const { orderId, restaurantId, lines } = command.payload;
      // The menu as it is now; the answer and the dedup row are then written in one statement.
      const verdict = checkOrderDetails(await findRestaurant(context.db, restaurantId), lines);
      const reply = verdict.ok
        ? createMessage('OrderDetailsValidated', catalogSource, { orderId }, command.correlationId)
        : createMessage('OrderDetailsRejected', catalogSource, { orderId, reason: verdict.reason }, command.correlationId);
      await handleOnceInOneStatement(context.db, validateOrderConsumer, command, (tx) => enqueue(tx, reply));
      context.logger.info({ orderId, verdict }, 'order details checked');
      context.outboxWritten();
    },
  };
}

import { sagaCommandHandlers } from '@tiffin/saga-kit';
import { deliverySource } from '../context';
import { cancelDelivery } from './cancel-delivery';

export const cancelDeliveryConsumer = 'delivery.cancel-delivery';

/** Delivery's part of the cancel-order saga. */
export const cancelDeliverySubscription = sagaCommandHandlers({
  consumer: cancelDeliveryConsumer,
  source: deliverySource,
  handlers: { CancelDelivery: cancelDelivery },
});

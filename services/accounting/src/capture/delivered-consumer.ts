import type { Subscription } from '@tiffin/broker';
import type { Message } from '@tiffin/messages';
import { handleOnce } from '@tiffin/service-kit';
import type { AccountingContext } from '../context';
import type { CardNetwork } from '../card-network/card-network';
import { capturePayment } from './capture-payment';

export const deliveredConsumer = 'accounting.on-delivery-delivered';

/**
 * The charge follows the food (choreography): accounting captures on the courier's DeliveryDelivered
 * rather than waiting for a command from the order service. After approval nobody orchestrates an
 * order, and a capture has no answer anyone waits for and nothing to compensate, so a command would
 * only be the order service relaying the same event one hop later, tying it to money it no longer
 * handles. The delivery service is the one that knows the food arrived; accounting stays the one
 * that knows what was charged.
 */
export function deliveredSubscription(network: CardNetwork) {
  return (context: AccountingContext): Subscription<'DeliveryDelivered'> => ({
    consumer: deliveredConsumer,
    types: ['DeliveryDelivered'],
    handle: async (delivered: Message<'DeliveryDelivered'>) => {
      await handleOnce(context.db, deliveredConsumer, delivered, (tx) => capturePayment(tx, delivered, network, context.logger));
      context.outboxWritten();
    },
  });
}

import { createSagaOrchestrator, defineSaga, failBecause, participant, step, succeed } from '@tiffin/saga-kit';
import { orderSource } from '../context';
import { markCancelled, type CancelOrderSagaData } from './cancel-order-steps';

/** How long each participant has to confirm its part of the cancellation. */
const participantDeadlineMs = 60_000;

/**
 * Cancelling an approved order, as steps. The delivery goes first because it is the one participant
 * that can refuse (the courier has picked the food up): if it does, nothing else was undone and the
 * order stays as it was. Then the kitchen cancels the ticket and accounting releases the card, in
 * parallel, since neither can refuse; once both confirm, the order is CANCELLED.
 */
export const cancelOrderSagaDefinition = defineSaga<CancelOrderSagaData>('cancel-order', [
  step('cancel the delivery', {
    invoke: [
      participant(
        'delivery',
        ({ orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress }) => ({
          type: 'CancelDelivery',
          payload: { orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress },
        }),
        {
          DeliveryCancelled: () => succeed(),
          DeliveryCancelRefused: (reply) => failBecause(reply.payload.reason),
        },
        { timeoutReason: 'Delivery did not confirm the cancellation in time' },
      ),
    ],
    deadlineMs: participantDeadlineMs,
  }),
  step('cancel the ticket and release the card', {
    invoke: [
      participant('kitchen', ({ orderId, restaurantId }) => ({ type: 'CancelTicket', payload: { orderId, restaurantId } }), {
        TicketCancelled: () => succeed(),
      }),
      participant('accounting', ({ orderId }) => ({ type: 'ReverseAuthorization', payload: { orderId } }), {
        AuthorizationReversed: () => succeed(),
      }),
    ],
    deadlineMs: participantDeadlineMs,
  }),
  step('cancel the order', { onDone: markCancelled }),
]);

export const cancelOrderSaga = createSagaOrchestrator(cancelOrderSagaDefinition, { source: orderSource });

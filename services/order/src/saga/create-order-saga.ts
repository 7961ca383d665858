import { compensateLocally, createSagaOrchestrator, defineSaga, failBecause, participant, step, succeed } from '@tiffin/saga-kit';
import { orderSource } from '../context';
import { approveOrder, rejectOrder, type CreateOrderSagaData } from './create-order-steps';

/**
 * Creating an order, as steps. The first step does nothing forward but is compensated by rejecting
 * the order, so any later failure ends with the order REJECTED and the reason the customer reads.
 * Consumer validation, the kitchen ticket and the card authorisation slot in as further steps.
 */
export const createOrderSagaDefinition = defineSaga<CreateOrderSagaData>('create-order', [
  step('reject the order if anything fails', {
    compensation: compensateLocally((tx, data, { reason }) => rejectOrder(tx, data, reason ?? 'The order could not be placed')),
  }),
  step('validate the order details', {
    invoke: [
      participant(
        'catalog',
        ({ orderId, restaurantId, lines }) => ({ type: 'ValidateOrderDetails', payload: { orderId, restaurantId, lines } }),
        {
          OrderDetailsValidated: () => succeed(),
          OrderDetailsRejected: (reply) => failBecause(reply.payload.reason),
        },
        { timeoutReason: 'The restaurant did not confirm your order in time' },
      ),
    ],
    deadlineMs: 60_000,
  }),
  step('approve the order', { onDone: approveOrder }),
]);

export const createOrderSaga = createSagaOrchestrator(createOrderSagaDefinition, { source: orderSource });

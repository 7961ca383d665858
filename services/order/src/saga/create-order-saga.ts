import { compensateLocally, compensateWith, createSagaOrchestrator, defineSaga, failBecause, participant, step, succeed } from '@tiffin/saga-kit';
import { orderSource } from '../context';
import { approveOrder, markOrder, rejectOrder, type CreateOrderSagaData } from './create-order-steps';

/** How long each participant has to answer before the order is rejected and what was done is undone. */
const participantDeadlineMs = 60_000;

/**
 * Creating an order, as steps (FTGO's CreateOrderSaga). The first step does nothing forward but is
 * compensated by rejecting the order, so any later failure ends with the order REJECTED and the
 * reason the customer reads. The consumer and the restaurant are validated in parallel; then the
 * kitchen opens a ticket (cancelled if anything after fails), accounting authorises the card
 * (reversed if anything after fails) and the kitchen confirms the ticket.
 */
export const createOrderSagaDefinition = defineSaga<CreateOrderSagaData>('create-order', [
  step('reject the order if anything fails', {
    compensation: compensateLocally((tx, data, { reason }) => rejectOrder(tx, data, reason ?? 'The order could not be placed')),
  }),
  step('validate the consumer and the order details', {
    invoke: [
      participant(
        'consumer',
        ({ orderId, consumerId, cardId }) => ({ type: 'ValidateConsumer', payload: { orderId, consumerId, cardId } }),
        {
          ConsumerValidated: (reply, data) => ({ ok: true, data: { ...data, paymentToken: reply.payload.paymentToken } }),
          ConsumerRejected: (reply) => failBecause(reply.payload.reason),
        },
        { timeoutReason: 'We could not check your account in time', onReply: (tx, data) => markOrder(tx, data, 'CONSUMER_VALIDATED') },
      ),
      participant(
        'catalog',
        ({ orderId, restaurantId, lines }) => ({ type: 'ValidateOrderDetails', payload: { orderId, restaurantId, lines } }),
        {
          OrderDetailsValidated: () => succeed(),
          OrderDetailsRejected: (reply) => failBecause(reply.payload.reason),
        },
        {
          timeoutReason: 'The restaurant did not confirm your order in time',
          onReply: (tx, data) => markOrder(tx, data, 'ORDER_DETAILS_VALIDATED'),
        },
      ),
    ],
    onDone: (tx, data) => markOrder(tx, data, 'VALIDATED'),
    deadlineMs: participantDeadlineMs,
  }),
  step('create the ticket', {
    invoke: [
      participant(
        'kitchen',
        ({ orderId, restaurantId, lines }) => ({
          type: 'CreateTicket',
          payload: { orderId, restaurantId, lines: lines.map(({ menuItemId, quantity }) => ({ menuItemId, quantity })) },
        }),
        {
          TicketCreated: (reply, data) => ({ ok: true, data: { ...data, ticketId: reply.payload.ticketId } }),
          TicketRejected: (reply) => failBecause(reply.payload.reason),
        },
        { timeoutReason: 'The kitchen did not take your order in time' },
      ),
    ],
    compensation: compensateWith(({ orderId, restaurantId }) => ({ type: 'CancelTicket', payload: { orderId, restaurantId } })),
    deadlineMs: participantDeadlineMs,
  }),
  step('authorise the card', {
    invoke: [
      participant(
        'accounting',
        ({ orderId, consumerId, cardId, paymentToken, totalCents }) => {
          if (!paymentToken) throw new Error(`order ${orderId} reached the card step without a payment token`);
          return { type: 'AuthorizeCard', payload: { orderId, consumerId, cardId, paymentToken, totalCents } };
        },
        {
          CardAuthorized: () => succeed(),
          CardDeclined: (reply) => failBecause(reply.payload.reason),
        },
        { timeoutReason: 'Your card could not be checked in time' },
      ),
    ],
    compensation: compensateWith(({ orderId }) => ({ type: 'ReverseAuthorization', payload: { orderId } })),
    deadlineMs: participantDeadlineMs,
  }),
  step('confirm the ticket', {
    invoke: [
      participant('kitchen', ({ orderId }) => ({ type: 'ConfirmTicket', payload: { orderId } }), { TicketConfirmed: () => succeed() }, {
        timeoutReason: 'The kitchen did not confirm your order in time',
      }),
    ],
    deadlineMs: participantDeadlineMs,
  }),
  step('approve the order', { onDone: approveOrder }),
]);

export const createOrderSaga = createSagaOrchestrator(createOrderSagaDefinition, { source: orderSource });

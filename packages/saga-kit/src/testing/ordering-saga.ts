import type { Db, Tx } from '@tiffin/service-kit';
import { kitTestNotes } from '@tiffin/service-kit/testing';
import { compensateLocally, compensateWith, defineSaga, failBecause, participant, step, succeed } from '../saga-definition';

export interface OrderingData {
  orderId: string;
  consumerId: string;
  restaurantId: string;
  totalCents: number;
  cardId: string;
  paymentToken?: string;
  ticketId?: string;
}

/** The saga's local work leaves notes, so a test sees what ran in the orchestrator's transaction. */
async function leaveNote(tx: Tx<Record<string, unknown>>, body: string): Promise<void> {
  await tx.insert(kitTestNotes).values({ body });
}

/** What the saga's local steps wrote, sorted (the notes table keeps no order). */
export async function notesOf(tx: Tx<Record<string, unknown>> | Db<Record<string, unknown>>): Promise<string[]> {
  const rows = await tx.select({ body: kitTestNotes.body }).from(kitTestNotes);
  return rows.map((row) => row.body).sort();
}

/** Shaped like the create-order saga of the order lifecycle, with the participants played by the test. */
export const orderingSaga = defineSaga<OrderingData>('test-ordering', [
  step('reject the order if anything fails', {
    compensation: compensateLocally((tx, _data, { reason }) => leaveNote(tx, `rejected: ${reason}`)),
  }),
  step('validate', {
    invoke: [
      participant(
        'consumer',
        (d) => ({ type: 'ValidateConsumer', payload: { orderId: d.orderId, consumerId: d.consumerId, cardId: d.cardId } }),
        {
          ConsumerValidated: (reply, data) => ({ ok: true, data: { ...data, paymentToken: reply.payload.paymentToken } }),
          ConsumerRejected: (reply) => failBecause(reply.payload.reason),
        },
        { onReply: (tx) => leaveNote(tx, 'consumer validated') },
      ),
      participant(
        'catalog',
        (d) => ({ type: 'ValidateOrderDetails', payload: { orderId: d.orderId, restaurantId: d.restaurantId, lines: [] } }),
        { OrderDetailsValidated: () => succeed(), OrderDetailsRejected: (reply) => failBecause(reply.payload.reason) },
        { timeoutReason: 'The restaurant did not confirm your order in time', onReply: (tx) => leaveNote(tx, 'order details validated') },
      ),
    ],
    onDone: (tx) => leaveNote(tx, 'validated'),
    deadlineMs: 10_000,
  }),
  step('create the ticket', {
    invoke: [
      participant('kitchen', (d) => ({ type: 'CreateTicket', payload: { orderId: d.orderId, restaurantId: d.restaurantId, lines: [] } }), {
        TicketCreated: (reply, data) => ({ ok: true, data: { ...data, ticketId: reply.payload.ticketId } }),
        TicketRejected: (reply) => failBecause(reply.payload.reason),
      }),
    ],
    compensation: compensateWith((d) => ({ type: 'CancelTicket', payload: { orderId: d.orderId, restaurantId: d.restaurantId } })),
  }),
  step('authorise the card', {
    invoke: [
      participant(
        'accounting',
        (d) => ({
          type: 'AuthorizeCard',
          payload: { orderId: d.orderId, consumerId: d.consumerId, cardId: d.cardId, paymentToken: d.paymentToken!, totalCents: d.totalCents },
        }),
        { CardAuthorized: () => succeed(), CardDeclined: (reply) => failBecause(reply.payload.reason) },
        { timeoutReason: 'Your card could not be checked in time' },
      ),
    ],
    compensation: compensateWith((d) => ({ type: 'ReverseAuthorization', payload: { orderId: d.orderId } })),
    deadlineMs: 10_000,
  }),
  step('confirm the ticket', {
    invoke: [
      participant('kitchen', (d) => ({ type: 'ConfirmTicket', payload: { orderId: d.orderId } }), { TicketConfirmed: () => succeed() }),
    ],
    deadlineMs: 10_000,
  }),
  step('approve the order', { onDone: (tx, d) => leaveNote(tx, `approved with ticket ${d.ticketId}`) }),
]);

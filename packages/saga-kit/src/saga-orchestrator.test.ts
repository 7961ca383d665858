import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message, type MessagePayload, type MessageType } from '@tiffin/messages';
import { outbox, sagaInstances, type Db } from '@tiffin/service-kit';
import { kitTestBackends, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { defineSaga, participant, step, succeed } from './saga-definition';
import { createSagaOrchestrator } from './saga-orchestrator';
import { notesOf, orderingSaga, type OrderingData } from './testing/ordering-saga';

type AnyDb = Db<Record<string, unknown>>;

function reply<T extends MessageType>(type: T, payload: MessagePayload<T>): Message {
  return createMessage(type, 'participant', payload) as Message;
}

describe.each(kitTestBackends)('a saga declared with the kit, on $name', (backend) => {
  const database = useKitTestDatabase(backend);
  let clock = new Date('2026-11-23T08:00:00.000Z');
  const saga = createSagaOrchestrator(orderingSaga, { source: 'order', now: () => clock });

  /** Given a new saga for a fresh order. */
  async function started(): Promise<{ db: AnyDb; data: OrderingData }> {
    clock = new Date('2026-11-23T08:00:00.000Z');
    const db = database().db as unknown as AnyDb;
    const data: OrderingData = {
      orderId: randomUUID(),
      consumerId: randomUUID(),
      restaurantId: randomUUID(),
      totalCents: 2_590,
      cardId: randomUUID(),
    };
    await db.transaction((tx) => saga.start(tx, data.orderId, data, 'corr-1'));
    return { db, data };
  }

  async function when(db: AnyDb, sagaId: string, message: Message) {
    return db.transaction((tx) => saga.handleReply(tx, sagaId, message));
  }

  async function sent(db: AnyDb): Promise<string[]> {
    const rows = await db.select({ type: outbox.type }).from(outbox).orderBy(asc(outbox.seq));
    return rows.map((row) => row.type);
  }

  async function instance(db: AnyDb, sagaId: string) {
    const [row] = await db.select().from(sagaInstances).where(eq(sagaInstances.id, sagaId));
    return row!;
  }

  async function throughValidation(db: AnyDb, orderId: string): Promise<void> {
    await when(db, orderId, reply('ConsumerValidated', { orderId, paymentToken: 'tok_visa' }));
    await when(db, orderId, reply('OrderDetailsValidated', { orderId }));
  }

  const validated = ['consumer validated', 'order details validated', 'validated'];

  it('asks both validators at once and waits for them, with a deadline', async () => {
    const { db, data } = await started();
    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails']);
    expect(await instance(db, data.orderId)).toMatchObject({
      status: 'running',
      step: 1,
      awaiting: ['consumer', 'catalog'],
      deadlineAt: new Date('2026-11-23T08:00:10.000Z'),
    });
  });

  const consumerValidated = (orderId: string) => reply('ConsumerValidated', { orderId, paymentToken: 'tok_visa' });
  const detailsValidated = (orderId: string) => reply('OrderDetailsValidated', { orderId });

  it.each([
    ['consumer first', [consumerValidated, detailsValidated], 'consumer validated'],
    ['restaurant first', [detailsValidated, consumerValidated], 'order details validated'],
  ])('moves on once both validations are in, whichever comes first (%s)', async (_label, [first, second], firstNote) => {
    const { db, data } = await started();
    await when(db, data.orderId, first!(data.orderId));
    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails']);
    expect((await instance(db, data.orderId)).awaiting).toHaveLength(1);
    // The first answer's own local action ran; the step's did not yet.
    expect(await notesOf(db)).toEqual([firstNote]);

    await when(db, data.orderId, second!(data.orderId));
    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket']);
    expect(await notesOf(db)).toEqual(validated);
    expect(await instance(db, data.orderId)).toMatchObject({ step: 2, awaiting: ['kitchen'], data: { paymentToken: 'tok_visa' } });
  });

  it('ignores a duplicate of the first validation while waiting for the second', async () => {
    const { db, data } = await started();
    await when(db, data.orderId, consumerValidated(data.orderId));
    expect(await when(db, data.orderId, consumerValidated(data.orderId))).toBe('ignored');
    expect(await notesOf(db)).toEqual(['consumer validated']);
    expect(await instance(db, data.orderId)).toMatchObject({ step: 1, awaiting: ['catalog'] });
  });

  it('ignores a duplicate reply: nothing is sent or done twice', async () => {
    const { db, data } = await started();
    await throughValidation(db, data.orderId);
    expect(await when(db, data.orderId, consumerValidated(data.orderId))).toBe('ignored');
    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket']);
    expect(await notesOf(db)).toEqual(validated);
  });

  it('ignores a late reply to a step it has left', async () => {
    const { db, data } = await started();
    await throughValidation(db, data.orderId);
    await when(db, data.orderId, reply('TicketCreated', { orderId: data.orderId, ticketId: randomUUID() }));
    expect(await when(db, data.orderId, reply('OrderDetailsRejected', { orderId: data.orderId, reason: 'Closed' }))).toBe('ignored');
    expect(await instance(db, data.orderId)).toMatchObject({ status: 'running', step: 3, awaiting: ['accounting'] });
    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket', 'AuthorizeCard']);
  });

  it('runs every step to the end and keeps what replies carried', async () => {
    const { db, data } = await started();
    const ticketId = randomUUID();
    await throughValidation(db, data.orderId);
    await when(db, data.orderId, reply('TicketCreated', { orderId: data.orderId, ticketId }));
    await when(db, data.orderId, reply('CardAuthorized', { orderId: data.orderId, authorizationId: randomUUID() }));
    await when(db, data.orderId, reply('TicketConfirmed', { orderId: data.orderId }));

    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket', 'AuthorizeCard', 'ConfirmTicket']);
    expect(await notesOf(db)).toEqual([`approved with ticket ${ticketId}`, ...validated]);
    const done = await instance(db, data.orderId);
    expect(done).toMatchObject({ status: 'succeeded', awaiting: [], deadlineAt: null, failureReason: null });
    expect(done.history.map((entry) => entry.event)).toContain('succeeded');
  });

  it('compensates the steps before a declined card, last first, and ends with the reason', async () => {
    const { db, data } = await started();
    await throughValidation(db, data.orderId);
    await when(db, data.orderId, reply('TicketCreated', { orderId: data.orderId, ticketId: randomUUID() }));
    await when(db, data.orderId, reply('CardDeclined', { orderId: data.orderId, reason: 'Your card was declined' }));

    // The ticket is cancelled; the authorisation that never happened is not reversed.
    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket', 'AuthorizeCard', 'CancelTicket']);
    expect(await notesOf(db)).toEqual(['consumer validated', 'order details validated', 'rejected: Your card was declined', 'validated']);
    const failed = await instance(db, data.orderId);
    expect(failed).toMatchObject({ status: 'compensated', failureReason: 'Your card was declined', awaiting: [] });
    const compensations = failed.history.filter((entry) => entry.event === 'compensation').map((entry) => entry.step);
    expect(compensations).toEqual(['create the ticket', 'reject the order if anything fails']);
  });

  it('fails at validation without waiting for the other validator, and ignores its late reply', async () => {
    const { db, data } = await started();
    await when(db, data.orderId, reply('ConsumerRejected', { orderId: data.orderId, reason: 'We could not find your account' }));
    expect(await when(db, data.orderId, reply('OrderDetailsValidated', { orderId: data.orderId }))).toBe('ignored');

    expect(await sent(db)).toEqual(['ValidateConsumer', 'ValidateOrderDetails']);
    expect(await notesOf(db)).toEqual(['rejected: We could not find your account']);
    expect(await instance(db, data.orderId)).toMatchObject({ status: 'compensated', failureReason: 'We could not find your account' });
  });

  it('fails a step whose participant is past its deadline, in words a customer can read', async () => {
    const { db, data } = await started();
    await when(db, data.orderId, consumerValidated(data.orderId));

    clock = new Date('2026-11-23T08:00:09.000Z');
    expect(await saga.overdue(db, 10)).toEqual([]);
    expect(await db.transaction((tx) => saga.expire(tx, data.orderId))).toBe(false);

    clock = new Date('2026-11-23T08:00:11.000Z');
    expect(await saga.overdue(db, 10)).toEqual([data.orderId]);
    expect(await db.transaction((tx) => saga.expire(tx, data.orderId))).toBe(true);
    const reason = 'The restaurant did not confirm your order in time';
    expect(await instance(db, data.orderId)).toMatchObject({ status: 'compensated', failureReason: reason });
    expect(await notesOf(db)).toEqual(['consumer validated', `rejected: ${reason}`]);

    expect(await when(db, data.orderId, reply('OrderDetailsValidated', { orderId: data.orderId }))).toBe('ignored');
    expect(await saga.overdue(db, 10)).toEqual([]);
  });

  it('undoes the step that missed its deadline too, since its participant may still act on the command', async () => {
    const { db, data } = await started();
    await throughValidation(db, data.orderId);
    await when(db, data.orderId, reply('TicketCreated', { orderId: data.orderId, ticketId: randomUUID() }));

    clock = new Date('2026-11-23T08:00:11.000Z');
    expect(await db.transaction((tx) => saga.expire(tx, data.orderId))).toBe(true);

    // The authorisation that may come late is reversed, then the ticket cancelled: last first.
    expect((await sent(db)).slice(-2)).toEqual(['ReverseAuthorization', 'CancelTicket']);
    const failed = await instance(db, data.orderId);
    expect(failed).toMatchObject({ status: 'compensated', failureReason: 'Your card could not be checked in time' });
    expect(failed.history.filter((entry) => entry.event === 'compensation').map((entry) => entry.step)).toEqual([
      'authorise the card',
      'create the ticket',
      'reject the order if anything fails',
    ]);
    expect(await when(db, data.orderId, reply('CardAuthorized', { orderId: data.orderId, authorizationId: randomUUID() }))).toBe('ignored');
  });

  it('knows nothing of a saga it did not start', async () => {
    const db = database().db as unknown as AnyDb;
    expect(await when(db, randomUUID(), consumerValidated(randomUUID()))).toBe('unknown saga');
  });
});

describe('defineSaga', () => {
  it('refuses a reply type that answers two participants, so a late reply is never taken for a current one', () => {
    const validate = participant<{ orderId: string; consumerId: string }>(
      'consumer',
      (d) => ({ type: 'ValidateConsumer', payload: { ...d, cardId: d.consumerId } }),
      { ConsumerValidated: () => succeed() },
    );
    expect(() => defineSaga('twice', [step('first', { invoke: [validate] }), step('again', { invoke: [validate] })])).toThrow(
      'saga twice: reply ConsumerValidated answers more than one participant',
    );
  });
});

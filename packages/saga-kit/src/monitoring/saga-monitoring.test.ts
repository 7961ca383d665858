import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message, type MessagePayload, type MessageType } from '@tiffin/messages';
import type { Db } from '@tiffin/service-kit';
import { kitTestBackends, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { createSagaOrchestrator } from '../saga-orchestrator';
import { orderingSaga, type OrderingData } from '../testing/ordering-saga';
import { decodeSagaCursor, encodeSagaCursor } from './saga-cursor';
import { findSaga, listSagas, type SagaFilter } from './saga-queries';
import { sagaTimeline } from './saga-timeline';

type AnyDb = Db<Record<string, unknown>>;

function reply<T extends MessageType>(type: T, payload: MessagePayload<T>): Message {
  return createMessage(type, 'participant', payload) as Message;
}

const minute = 60_000;
const start = new Date('2026-11-23T08:00:00.000Z').getTime();

describe.each(kitTestBackends)('saga monitoring queries, on $name', (backend) => {
  const database = useKitTestDatabase(backend);
  let clock = new Date(start);
  const saga = createSagaOrchestrator(orderingSaga, { source: 'order', now: () => clock });
  const at = (ms: number) => (clock = new Date(start + ms));

  async function started(db: AnyDb, atMs: number): Promise<string> {
    at(atMs);
    const data: OrderingData = { orderId: randomUUID(), consumerId: randomUUID(), restaurantId: randomUUID(), totalCents: 1_000, cardId: randomUUID() };
    await db.transaction((tx) => saga.start(tx, data.orderId, data));
    return data.orderId;
  }

  const answer = (db: AnyDb, sagaId: string, message: Message) => db.transaction((tx) => saga.handleReply(tx, sagaId, message));

  /** Four sagas a minute apart (the last two in the same millisecond): succeeded, compensated, running, running. */
  async function fourSagas(db: AnyDb) {
    const succeeded = await started(db, 0);
    for (const message of [
      reply('ConsumerValidated', { orderId: succeeded, paymentToken: 'tok_visa' }),
      reply('OrderDetailsValidated', { orderId: succeeded }),
      reply('TicketCreated', { orderId: succeeded, ticketId: randomUUID() }),
      reply('CardAuthorized', { orderId: succeeded, authorizationId: randomUUID() }),
      reply('TicketConfirmed', { orderId: succeeded }),
    ]) await answer(db, succeeded, message);
    const compensated = await started(db, minute);
    await answer(db, compensated, reply('ConsumerRejected', { orderId: compensated, reason: 'We could not find your account' }));
    const running = [await started(db, 2 * minute), await started(db, 2 * minute)];
    return { succeeded, compensated, running };
  }

  const ids = async (db: AnyDb, filter: Partial<SagaFilter>, now = new Date(start + 3 * minute)) =>
    (await listSagas(db, { limit: 50, ...filter }, now)).sagas.map((s) => s.id);

  it('lists sagas newest first, by state, type and age', async () => {
    const db = database().db as unknown as AnyDb;
    const { succeeded, compensated, running } = await fourSagas(db);
    const newestFirst = [...running].sort().reverse();

    expect(await ids(db, {})).toEqual([...newestFirst, compensated, succeeded]);
    expect(await ids(db, { state: 'running' })).toEqual(newestFirst);
    expect(await ids(db, { state: 'compensated' })).toEqual([compensated]);
    expect(await ids(db, { state: 'succeeded' })).toEqual([succeeded]);
    // At 08:03, created at least 90 s ago: the two older ones.
    expect(await ids(db, { olderThanSeconds: 90 })).toEqual([compensated, succeeded]);
    expect(await ids(db, { olderThanSeconds: 60 })).toEqual([...newestFirst, compensated, succeeded]);
    expect(await ids(db, { state: 'running', olderThanSeconds: 61 })).toEqual([]);
    expect(await ids(db, { type: 'test-ordering' })).toHaveLength(4);
    expect(await ids(db, { type: 'cancel-order' })).toEqual([]);
  });

  it('pages through every saga exactly once, sagas started in the same millisecond included', async () => {
    const db = database().db as unknown as AnyDb;
    await fourSagas(db);
    const all = await ids(db, {});
    const seen: string[] = [];
    let after: SagaFilter['after'];
    for (let page = 0; page < 4; page++) {
      const result = await listSagas(db, { limit: 3, ...(after ? { after } : {}) });
      seen.push(...result.sagas.map((s) => s.id));
      after = result.next && decodeSagaCursor(encodeSagaCursor(result.next));
      if (!after) break;
    }
    expect(seen).toEqual(all);
    expect((await listSagas(db, { limit: 4 })).next).toBeUndefined();
  });

  it('reads one saga’s steps back from its history: timings, replies, the failure and the compensations, last first', async () => {
    const db = database().db as unknown as AnyDb;
    const sagaId = await started(db, 0);
    at(1_500);
    await answer(db, sagaId, reply('OrderDetailsValidated', { orderId: sagaId }));
    at(2_000);
    await answer(db, sagaId, reply('ConsumerValidated', { orderId: sagaId, paymentToken: 'tok_visa' }));
    at(5_000);
    await answer(db, sagaId, reply('TicketCreated', { orderId: sagaId, ticketId: randomUUID() }));
    at(9_000);
    await answer(db, sagaId, reply('CardDeclined', { orderId: sagaId, reason: 'Your card was declined' }));
    at(9_500);
    await answer(db, sagaId, reply('ConsumerValidated', { orderId: sagaId, paymentToken: 'tok_visa' }));

    const instance = (await findSaga(db, sagaId))!;
    expect(instance.status).toBe('compensated');
    const timeline = sagaTimeline(instance.history, orderingSaga as never, instance.sagaType);
    const iso = (ms: number) => new Date(start + ms).toISOString();
    /** Each command and reply names the broker message it went as. */
    const asked = (name: string, command: string) => ({ name, command, commandMessageId: expect.any(String), resentAt: null, replyMessageId: expect.any(String) });

    expect(timeline.steps.map((s) => [s.name, s.state])).toEqual([
      ['reject the order if anything fails', 'compensated'],
      ['validate', 'done'],
      ['create the ticket', 'compensated'],
      ['authorise the card', 'failed'],
      ['confirm the ticket', 'not reached'],
      ['approve the order', 'not reached'],
    ]);
    const [, validate, ticket, card] = timeline.steps;
    expect(validate).toMatchObject({ startedAt: iso(0), endedAt: iso(2_000), durationMs: 2_000 });
    expect(validate!.participants).toEqual([
      { ...asked('consumer', 'ValidateConsumer'), sentAt: iso(0), reply: 'ConsumerValidated', repliedAt: iso(2_000), waitedMs: 2_000 },
      { ...asked('catalog', 'ValidateOrderDetails'), sentAt: iso(0), reply: 'OrderDetailsValidated', repliedAt: iso(1_500), waitedMs: 1_500 },
    ]);
    expect(validate!.ignoredReplies).toEqual([{ at: iso(9_500), detail: 'ConsumerValidated (saga compensated)' }]);
    expect(ticket).toMatchObject({ startedAt: iso(2_000), endedAt: iso(5_000), durationMs: 3_000, compensatedAt: iso(9_000) });
    expect(card).toMatchObject({ startedAt: iso(5_000), endedAt: iso(9_000), durationMs: 4_000, error: 'Your card was declined' });
    expect(card!.participants[0]).toMatchObject({ name: 'accounting', reply: 'CardDeclined', waitedMs: 4_000 });
    // The ticket's compensation went as a command (CancelTicket); the rejection is local.
    expect(timeline.compensations).toEqual([
      { step: 'create the ticket', at: iso(9_000), messageId: expect.any(String) },
      { step: 'reject the order if anything fails', at: iso(9_000), messageId: null },
    ]);
    expect(timeline.errors).toEqual([{ step: 'authorise the card', at: iso(9_000), error: 'Your card was declined' }]);
  });

  it('finds nothing for a saga that does not exist', async () => {
    const db = database().db as unknown as AnyDb;
    expect(await findSaga(db, randomUUID())).toBeUndefined();
  });
});

describe('saga cursors', () => {
  it('refuse anything this kit did not make', () => {
    for (const text of ['', 'garbage', Buffer.from('2026-11-23T08:00:00.000000Z|42').toString('base64url')]) {
      expect(decodeSagaCursor(text)).toBeUndefined();
    }
  });
});

describe('a saga timeline without the saga’s definition', () => {
  it('lists the steps its history names, in the order it names them', () => {
    const history = [
      { at: '2026-11-23T08:00:00.000Z', step: 'retired', event: 'started' as const },
      { at: '2026-11-23T08:00:00.000Z', step: 'ask', event: 'command sent' as const, detail: 'kitchen: CreateTicket' },
      { at: '2026-11-23T08:00:03.000Z', step: 'ask', event: 'reply' as const, detail: 'kitchen: TicketCreated' },
      { at: '2026-11-23T08:00:03.000Z', step: 'ask', event: 'step done' as const },
      { at: '2026-11-23T08:00:03.000Z', step: 'retired', event: 'succeeded' as const },
    ];
    expect(sagaTimeline(history, undefined, 'retired').steps).toEqual([
      expect.objectContaining({ index: 0, name: 'ask', state: 'done', durationMs: 3_000, participants: [expect.objectContaining({ waitedMs: 3_000 })] }),
    ]);
  });
});

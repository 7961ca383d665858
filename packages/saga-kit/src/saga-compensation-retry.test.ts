import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { outbox, sagaInstances, type Db, type Tx } from '@tiffin/service-kit';
import { kitTestBackends, kitTestNotes, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { compensateLocally, defineSaga, failBecause, participant, step, succeed } from './saga-definition';
import { createSagaOrchestrator } from './saga-orchestrator';
import { notesOf } from './testing/ordering-saga';

type AnyDb = Db<Record<string, unknown>>;
interface Data {
  orderId: string;
  consumerId: string;
}

describe.each(kitTestBackends)('a compensation that fails once, on $name', (backend) => {
  const database = useKitTestDatabase(backend);
  let failuresLeft = 0;

  // The compensation's first run fails (say its database call timed out); the reply is then redelivered.
  const saga = createSagaOrchestrator(
    defineSaga<Data>('test-flaky-compensation', [
      step('note the rejection', {
        compensation: compensateLocally(async (tx: Tx<Record<string, unknown>>, _data, { reason }) => {
          if (failuresLeft-- > 0) throw new Error('connection reset while compensating');
          await tx.insert(kitTestNotes).values({ body: `rejected: ${reason}` });
        }),
      }),
      step('validate the consumer', {
        invoke: [
          participant('consumer', (d) => ({ type: 'ValidateConsumer', payload: { ...d, cardId: d.consumerId } }), {
            ConsumerValidated: () => succeed(),
            ConsumerRejected: (reply) => failBecause(reply.payload.reason),
          }),
        ],
      }),
    ]),
    { source: 'order' },
  );

  it('leaves the saga as it was, then compensates once when the reply comes again', async () => {
    const db = database().db as unknown as AnyDb;
    const data = { orderId: randomUUID(), consumerId: randomUUID() };
    await db.transaction((tx) => saga.start(tx, data.orderId, data));
    const rejected = createMessage('ConsumerRejected', 'consumer', { orderId: data.orderId, reason: 'We could not find your customer account' }) as Message;
    failuresLeft = 1;

    await expect(db.transaction((tx) => saga.handleReply(tx, data.orderId, rejected))).rejects.toThrow('connection reset');
    const [untouched] = await db.select().from(sagaInstances).where(eq(sagaInstances.id, data.orderId));
    expect(untouched).toMatchObject({ status: 'running', awaiting: ['consumer'] });
    expect(await notesOf(db)).toEqual([]);

    expect(await db.transaction((tx) => saga.handleReply(tx, data.orderId, rejected))).toBe('moved');
    const [compensated] = await db.select().from(sagaInstances).where(eq(sagaInstances.id, data.orderId));
    expect(compensated).toMatchObject({ status: 'compensated', failureReason: 'We could not find your customer account' });
    expect(compensated!.history.filter((entry) => entry.event === 'compensation')).toHaveLength(1);
    expect(await notesOf(db)).toEqual(['rejected: We could not find your customer account']);
    expect((await db.select({ type: outbox.type }).from(outbox).orderBy(asc(outbox.seq))).map((row) => row.type)).toEqual(['ValidateConsumer']);
  });
});

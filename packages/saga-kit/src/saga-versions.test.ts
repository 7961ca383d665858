import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { outbox, sagaInstances, type Db } from '@tiffin/service-kit';
import { kitTestBackends, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { sagaTimeline } from './monitoring/saga-timeline';
import { defineSaga, failBecause, participant, step, succeed } from './saga-definition';
import { createSagaOrchestrator } from './saga-orchestrator';

type AnyDb = Db<Record<string, unknown>>;
interface Ordering {
  orderId: string;
}

const validate = step<Ordering>('validate the consumer', {
  invoke: [
    participant('consumer', (d) => ({ type: 'ValidateConsumer', payload: { orderId: d.orderId, consumerId: d.orderId, cardId: d.orderId } }), {
      ConsumerValidated: () => succeed(),
      ConsumerRejected: (reply) => failBecause(reply.payload.reason),
    }),
  ],
});
/** The release before: a saga of one step. */
const version1 = defineSaga<Ordering>('ordering', [validate]);
/** The release after: the same saga with a step more, the kitchen's ticket. */
const version2 = defineSaga<Ordering>(
  'ordering',
  [
    validate,
    step('create the ticket', {
      invoke: [
        participant('kitchen', (d) => ({ type: 'CreateTicket', payload: { orderId: d.orderId, restaurantId: d.orderId, lines: [] } }), {
          TicketCreated: () => succeed(),
          TicketRejected: (reply) => failBecause(reply.payload.reason),
        }),
      ],
    }),
  ],
  { version: 2 },
);

const validated = (orderId: string) => createMessage('ConsumerValidated', 'consumer', { orderId, paymentToken: 'tok_visa' }) as Message;

// An instance of the old release and one of the new, side by side on one database, as in a rolling upgrade.
describe.each(kitTestBackends)('a saga whose definition changes while instances of it run, on $name', (backend) => {
  const database = useKitTestDatabase(backend);
  const before = createSagaOrchestrator(version1, { source: 'order' });
  const after = createSagaOrchestrator(version2, { source: 'order', olderVersions: [version1] });
  const db = () => database().db as unknown as AnyDb;
  const instance = async (id: string) => (await db().select().from(sagaInstances).where(eq(sagaInstances.id, id)))[0]!;
  const sent = async () => (await db().select({ type: outbox.type }).from(outbox).orderBy(asc(outbox.seq))).map((row) => row.type);

  it('finishes a saga started on the old version on the old steps, moved by an instance of the new release', async () => {
    const orderId = randomUUID();
    await db().transaction((tx) => before.start(tx, orderId, { orderId }));
    expect(await db().transaction((tx) => after.handleReply(tx, orderId, validated(orderId)))).toBe('moved');
    expect(await instance(orderId)).toMatchObject({ definitionVersion: 1, status: 'succeeded' });
    expect(await sent()).toEqual(['ValidateConsumer']);
    const timeline = sagaTimeline((await instance(orderId)).history, after.definitionOf(1) as never, 'ordering');
    expect(timeline.steps.map((s) => s.name)).toEqual(['validate the consumer']);
  });

  it('starts new sagas on the new version, with its step more', async () => {
    const orderId = randomUUID();
    await db().transaction((tx) => after.start(tx, orderId, { orderId }));
    await db().transaction((tx) => after.handleReply(tx, orderId, validated(orderId)));
    expect(await sent()).toEqual(['ValidateConsumer', 'CreateTicket']);
    await db().transaction((tx) => after.handleReply(tx, orderId, createMessage('TicketCreated', 'kitchen', { orderId, ticketId: randomUUID() }) as Message));
    expect(await instance(orderId)).toMatchObject({ definitionVersion: 2, status: 'succeeded' });
  });

  it('refuses, naming it, to move a saga of a version it does not keep: the instance of the new release takes the reply instead', async () => {
    const orderId = randomUUID();
    await db().transaction((tx) => after.start(tx, orderId, { orderId }));
    await expect(db().transaction((tx) => before.handleReply(tx, orderId, validated(orderId)))).rejects.toThrow(
      `saga ${orderId} is ordering version 2, which this service does not keep (it keeps 1)`,
    );
    expect(await instance(orderId)).toMatchObject({ status: 'running', step: 0 });
    expect(await db().transaction((tx) => after.handleReply(tx, orderId, validated(orderId)))).toBe('moved');
  });
});

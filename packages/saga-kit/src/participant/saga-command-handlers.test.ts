import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { consumerQueueTypes, createMessage, type Message } from '@tiffin/messages';
import { outbox, receivedMessages, type Db, type ServiceContext } from '@tiffin/service-kit';
import { kitTestBackends, kitTestNotes, useKitTestDatabase } from '@tiffin/service-kit/testing';
import { noReply, withFailure, withSuccess, type CommandReply } from './command-reply';
import { readOnlySagaCommandHandlers, sagaCommandHandlers } from './saga-command-handlers';
import { notesOf } from '../testing/ordering-saga';

type Schema = Record<string, unknown>;
type Answer = (command: Message<'ValidateConsumer'>) => Promise<CommandReply>;

/** The consumer service played by the test: it answers as the test says, through the kit. */
const consumerService = { consumer: 'consumer.validate-consumer', source: 'consumer' } as const;
const participants = [
  {
    kind: 'in its transaction',
    // It notes each command it handles, so a test sees whether its writes commit with its reply.
    writes: true,
    declare: (answer: () => Answer) =>
      sagaCommandHandlers({
        ...consumerService,
        handlers: {
          ValidateConsumer: async (tx, command) => {
            await tx.insert(kitTestNotes).values({ body: command.payload.orderId });
            return answer()(command);
          },
        },
      }),
  },
  {
    kind: 'read-only',
    writes: false,
    declare: (answer: () => Answer) =>
      readOnlySagaCommandHandlers({
        ...consumerService,
        // It writes nothing: it may only read, through the database it is given.
        handlers: { ValidateConsumer: (_db, command) => answer()(command) },
      }),
  },
];

const validated: Answer = async (command) => withSuccess('ConsumerValidated', { orderId: command.payload.orderId, paymentToken: 'tok_visa' });
const rejected: Answer = async (command) => withFailure('ConsumerRejected', { orderId: command.payload.orderId, reason: 'We could not find your customer account' });

function validateConsumer(correlationId = 'corr-7'): Message<'ValidateConsumer'> {
  return createMessage('ValidateConsumer', 'order', { orderId: randomUUID(), consumerId: randomUUID(), cardId: randomUUID() }, correlationId);
}

describe.each(kitTestBackends)('a saga participant declared with the kit, on $name', (backend) => {
  const database = useKitTestDatabase(backend);

  describe.each(participants)('handling $kind', ({ declare, writes }) => {
    let answer: Answer = validated;
    const logged: { fields: Record<string, unknown>; message: string }[] = [];
    const wakes: Promise<unknown[]>[] = [];

    /** The participant subscribed in a service whose relay and log the test watches. */
    function subscribed() {
      answer = validated;
      logged.length = 0;
      wakes.length = 0;
      const db = database().db as unknown as Db<Schema>;
      const context = {
        db,
        logger: { info: (fields: Record<string, unknown>, message: string) => logged.push({ fields, message }) },
        broker: { publish: async () => {} },
        // What the relay finds when woken (the query runs at once): the reply must be committed by then.
        outboxWritten: () => void wakes.push(db.select({ id: outbox.id }).from(outbox).execute()),
      } as unknown as ServiceContext<Schema>;
      return { db, handle: declare(() => answer)(context).handle };
    }

    const repliesIn = async (db: Db<Schema>) => (await db.select({ reply: outbox.payload }).from(outbox).orderBy(asc(outbox.seq))).map((row) => row.reply);
    const handledIn = (db: Db<Schema>) => db.select({ messageId: receivedMessages.messageId }).from(receivedMessages);

    const reason = 'We could not find your customer account';
    it.each([
      { outcome: 'success', answers: validated, reply: 'ConsumerValidated', payload: { paymentToken: 'tok_visa' }, logs: {} },
      { outcome: 'failure', answers: rejected, reply: 'ConsumerRejected', payload: { reason }, logs: { reason } },
    ])('sends a $outcome reply from the participant, with the command’s correlation id, as its writes commit', async (expected) => {
      const { db, handle } = subscribed();
      answer = expected.answers;
      const command = validateConsumer(`corr-${expected.outcome}`);
      await handle(command);
      const { orderId } = command.payload;
      expect(await repliesIn(db)).toEqual([
        expect.objectContaining({ type: expected.reply, source: 'consumer', correlationId: `corr-${expected.outcome}`, payload: { orderId, ...expected.payload } }),
      ]);
      expect(await notesOf(db)).toEqual(writes ? [orderId] : []);
      const fields = { key: `order:${orderId}`, command: 'ValidateConsumer', outcome: expected.outcome, reply: expected.reply, ...expected.logs };
      expect(logged).toEqual([{ fields, message: 'saga command handled' }]);
    });

    it('handles a redelivered command once and answers it once, whether it comes again later or at the same time', async () => {
      const { db, handle } = subscribed();
      const command = validateConsumer();
      await handle(command);
      await handle(command);
      await Promise.all([handle(command), handle(command)]);
      expect(await repliesIn(db)).toHaveLength(1);
      expect(await handledIn(db)).toEqual([{ messageId: command.id }]);
      expect(await notesOf(db)).toEqual(writes ? [command.payload.orderId] : []);
    });

    it('leaves no reply, no dedup row and none of its writes when the handler throws, so the broker’s retry is handled', async () => {
      const { db, handle } = subscribed();
      answer = async () => {
        throw new Error('the accounts database timed out');
      };
      const command = validateConsumer();
      await expect(handle(command)).rejects.toThrow('the accounts database timed out');
      expect(await repliesIn(db)).toEqual([]);
      expect(await handledIn(db)).toEqual([]);
      expect(await notesOf(db)).toEqual([]);

      answer = validated;
      await handle(command);
      expect((await repliesIn(db)).map((reply) => reply.type)).toEqual(['ConsumerValidated']);
    });

    it('answers nothing when the handler says so, and still handles the command only once', async () => {
      const { db, handle } = subscribed();
      answer = async () => noReply();
      const command = validateConsumer();
      await handle(command);
      expect(await repliesIn(db)).toEqual([]);
      expect(await handledIn(db)).toEqual([{ messageId: command.id }]);
      expect(logged.map((line) => line.fields)).toEqual([expect.objectContaining({ command: 'ValidateConsumer', outcome: 'none' })]);
    });

    it('wakes the relay once the reply is committed', async () => {
      const { handle } = subscribed();
      await handle(validateConsumer());
      expect(wakes).toHaveLength(1);
      expect(await wakes[0]).toHaveLength(1);
    });
  });
});

describe('declaring a saga participant', () => {
  const validate = async () => noReply();

  it('subscribes to the commands it has handlers for, which are those its queue receives', () => {
    const kitchen = sagaCommandHandlers({
      consumer: 'kitchen.tickets',
      source: 'kitchen',
      handlers: { CreateTicket: validate, ConfirmTicket: validate, CancelTicket: validate },
    });
    const subscription = kitchen({} as ServiceContext<Schema>);
    expect(subscription.consumer).toBe('kitchen.tickets');
    expect(subscription.types).toEqual(consumerQueueTypes['kitchen.tickets']);
  });

  it.each([
    {
      refused: 'a command its queue receives has no handler',
      declare: () =>
        // @ts-expect-error: ConfirmTicket has no handler
        sagaCommandHandlers({ consumer: 'kitchen.tickets', source: 'kitchen', handlers: { CreateTicket: validate, CancelTicket: validate } }),
      error: 'participant kitchen.tickets: its queue receives ConfirmTicket, with no handler',
    },
    {
      refused: 'it handles a command its queue never receives',
      declare: () =>
        readOnlySagaCommandHandlers({
          consumer: 'catalog.validate-order',
          source: 'catalog',
          // @ts-expect-error: ValidateConsumer never reaches the catalog's queue
          handlers: { ValidateOrderDetails: validate, ValidateConsumer: validate },
        }),
      error: 'participant catalog.validate-order: handles ValidateConsumer, which its queue never receives',
    },
  ])('is refused, by the compiler and at run time, when $refused', ({ declare, error }) => {
    expect(declare).toThrow(error);
  });
});

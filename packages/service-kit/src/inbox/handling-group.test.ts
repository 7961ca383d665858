import { describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { notes, type notesSchema } from '../test-fixtures/notes-table';
import { inTransaction, writeLater } from '../database/batched-writes';
import type { Db, Tx } from '../database/db-types';
import { receivedMessages } from './received-messages-table';
import { handleOnce } from './handle-once';
import { HandlingGroup } from './handling-group';

type NotesTx = Tx<typeof notesSchema>;
const consumer = 'kit-test.grouped';

describe.each(backends)('handling messages in groups on $name', (backend) => {
  const database = useTestDatabase(backend);

  /** A group like handleOnce's, counting the transactions it opens (alone or together). */
  function countedGroup(db: Db<typeof notesSchema>) {
    const transactions = { count: 0 };
    const counted = async (on: typeof db, run: (tx: NotesTx) => Promise<void>) => {
      transactions.count++;
      await inTransaction(on, run);
    };
    const dedupRow = (tx: NotesTx, message: Message) => writeLater(tx, tx.insert(receivedMessages).values({ consumer, messageId: message.id }));
    const group: HandlingGroup<typeof notesSchema> = new HandlingGroup(db, counted, dedupRow, async (message, work) => {
      await counted(db, async (tx) => {
        await work(tx);
        await dedupRow(tx, message);
      });
    });
    return { group, transactions };
  }

  const note = (body: string) => (tx: NotesTx) => writeLater(tx, tx.insert(notes).values({ body }));

  it('lets the process do other work between groups, however many messages wait', async () => {
    const { db } = database();
    const { group } = countedGroup(db);
    let handled = 0;
    const all = Array.from({ length: 100 }, (_, i) => group.handle(sampleMessage(), async (tx) => {
      await note(`n${i}`)(tx);
      handled++;
    }));
    // What an HTTP request or a timer would get: a turn of the event loop while the queue drains.
    const handledWhenServed = await new Promise<number>((resolve) => setImmediate(() => resolve(handled)));
    await Promise.all(all);
    expect(handledWhenServed).toBeLessThan(100);
  });

  it('writes the messages that arrive while one is being written in one transaction', async () => {
    const { db } = database();
    const { group, transactions } = countedGroup(db);
    const bodies = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(bodies.map((body) => group.handle(sampleMessage(), note(body))));
    // The first is written at once, alone; the four that came meanwhile go together.
    expect(transactions.count).toBe(2);
    expect((await db.select({ body: notes.body }).from(notes)).map((row) => row.body).sort()).toEqual(bodies);
  });

  it("fails only the message whose work fails; the others of its group commit", async () => {
    const { db } = database();
    const failing = async () => {
      throw new Error('this one cannot be handled');
    };
    const outcomes = await Promise.allSettled([
      handleOnce(db, consumer, sampleMessage(), note('first, alone')),
      handleOnce(db, consumer, sampleMessage(), note('second')),
      handleOnce(db, consumer, sampleMessage(), failing),
      handleOnce(db, consumer, sampleMessage(), note('fourth')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((await db.select({ body: notes.body }).from(notes)).map((row) => row.body).sort()).toEqual(['first, alone', 'fourth', 'second']);
  });

  it('skips a message handled before, in a group, and commits the rest of it', async () => {
    const { db } = database();
    const handledBefore = sampleMessage();
    await handleOnce(db, consumer, handledBefore, note('the first delivery'));
    await Promise.all([
      handleOnce(db, consumer, sampleMessage(), note('alone')),
      handleOnce(db, consumer, sampleMessage(), note('grouped')),
      handleOnce(db, consumer, handledBefore, note('a redelivery')),
      handleOnce(db, consumer, sampleMessage(), note('grouped too')),
    ]);
    expect((await db.select({ body: notes.body }).from(notes)).map((row) => row.body).sort()).toEqual([
      'alone',
      'grouped',
      'grouped too',
      'the first delivery',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { notes, type notesSchema } from '../test-fixtures/notes-table';
import { enqueue } from '../outbox/enqueue';
import { outbox } from '../outbox/outbox-table';
import { gatherInBatch, inTransaction, writeAtomically, writeLater } from './batched-writes';
import { isUniqueViolation } from './unique-violation';

describe.each(backends)('held-back writes on $name', (backend) => {
  const database = useTestDatabase(backend);

  it('commits every held-back write with the transaction', async () => {
    const { db } = database();
    const messages = [sampleMessage(), sampleMessage(), sampleMessage()];
    await inTransaction(db, async (tx) => {
      await writeLater(tx, tx.insert(notes).values({ body: 'state change' }));
      for (const message of messages) await enqueue(tx, message);
    });
    expect(await db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'state change' }]);
    expect((await db.select({ id: outbox.id }).from(outbox)).map((row) => row.id).sort()).toEqual(messages.map((m) => m.id).sort());
  });

  it('writes nothing held back when the work fails', async () => {
    const { db } = database();
    await expect(
      inTransaction(db, async (tx) => {
        await enqueue(tx, sampleMessage());
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await db.select().from(outbox)).toEqual([]);
  });

  it('rolls back the writes made at once when a held-back write fails', async () => {
    const { db } = database();
    const message = sampleMessage();
    await inTransaction(db, (tx) => enqueue(tx, message));
    await expect(
      inTransaction(db, async (tx) => {
        await tx.insert(notes).values({ body: 'written at once' });
        await enqueue(tx, sampleMessage());
        await enqueue(tx, message); // the same message again: its primary key refuses it
      }),
    ).rejects.toThrow();
    expect(await db.select().from(notes)).toEqual([]);
    expect(await db.select().from(outbox)).toHaveLength(1);
  });

  it('writes at once in a transaction it did not open', async () => {
    const { db } = database();
    const message = sampleMessage();
    await db.transaction(async (tx) => {
      await enqueue(tx, message);
      // Readable in the same transaction: nothing was held back.
      expect(await tx.select({ id: outbox.id }).from(outbox)).toEqual([{ id: message.id }]);
    });
  });
});

describe.each(backends)('a refused duplicate on $name', (backend) => {
  const database = useTestDatabase(backend);

  it('names the constraint that refused it, also when held back', async () => {
    const { db } = database();
    const message = sampleMessage();
    await inTransaction(db, (tx) => enqueue(tx, message));
    const refusal = await inTransaction(db, async (tx) => {
      await enqueue(tx, sampleMessage());
      await enqueue(tx, message);
    }).catch((error: unknown) => error);
    expect(isUniqueViolation(refusal, 'outbox_pkey')).toBe(true);
    expect(isUniqueViolation(refusal, 'orders_consumer_idempotency_key_uq')).toBe(false);
    expect(isUniqueViolation(new Error('not a database error'), 'outbox_pkey')).toBe(false);
  });
});

describe.each(backends)('writes only, on $name', (backend) => {
  const database = useTestDatabase(backend);

  it('writes everything in one statement, or nothing when one write is refused', async () => {
    const { db } = database();
    const message = sampleMessage();
    await writeAtomically(db, async (tx) => {
      await writeLater(tx, tx.insert(notes).values({ body: 'state change' }));
      await enqueue(tx, message);
    });
    expect(await db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'state change' }]);

    const refusal = await writeAtomically(db, async (tx) => {
      await writeLater(tx, tx.insert(notes).values({ body: 'second change' }));
      await enqueue(tx, message);
    }).catch((error: unknown) => error);
    expect(isUniqueViolation(refusal, 'outbox_pkey')).toBe(true);
    expect(await db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'state change' }]);
  });

  it('refuses work that runs a statement of its own', async () => {
    const { db } = database();
    await expect(writeAtomically(db, async (tx) => void (await tx.select().from(notes)))).rejects.toThrow(/may only build writes/);
    await expect(writeAtomically(db, async (tx) => void (await tx.insert(notes).values({ body: 'at once' })))).rejects.toThrow(/may only build writes/);
    expect(await db.select().from(notes)).toEqual([]);
  });

  it('hands what a batch gathered to one flush, after the work and before the held-back writes go', async () => {
    const { db } = database();
    const flushes: string[][] = [];
    const gatherNote = gatherInBatch<typeof notesSchema, string>(async (tx, bodies) => {
      flushes.push([...bodies]);
      // Sees what the work wrote at once, and writes for all the items in one held-back statement.
      const earlier = await tx.select({ body: notes.body }).from(notes);
      await writeLater(tx, tx.insert(notes).values(bodies.map((body) => ({ body: `${body} after ${earlier.length}` }))));
    });
    await inTransaction(db, async (tx) => {
      await gatherNote(tx, 'first');
      await tx.insert(notes).values({ body: 'written at once' });
      await gatherNote(tx, 'second');
    });
    expect(flushes).toEqual([['first', 'second']]);
    expect((await db.select({ body: notes.body }).from(notes)).map((row) => row.body).sort()).toEqual([
      'first after 1',
      'second after 1',
      'written at once',
    ]);

    // Outside a batch there is nothing to wait for: it flushes at once.
    await db.transaction((tx) => gatherNote(tx, 'alone'));
    expect(flushes.at(-1)).toEqual(['alone']);
  });

  it('flushes nothing of a batch whose work failed', async () => {
    const { db } = database();
    const flushes: string[][] = [];
    const gatherNote = gatherInBatch<typeof notesSchema, string>(async (_tx, bodies) => void flushes.push(bodies));
    await expect(
      inTransaction(db, async (tx) => {
        await gatherNote(tx, 'lost');
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(flushes).toEqual([]);
  });
});

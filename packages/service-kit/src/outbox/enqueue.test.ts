import { describe, expect, it } from 'vitest';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { notes } from '../test-fixtures/notes-table';
import { enqueue } from './enqueue';
import { outbox } from './outbox-table';

describe.each(backends)('enqueue on $name', (backend) => {
  const database = useTestDatabase(backend);

  it('stores the whole message as a pending row when the transaction commits', async () => {
    const { db } = database();
    const message = sampleMessage();
    await db.transaction(async (tx) => {
      await tx.insert(notes).values({ body: 'state change' });
      await enqueue(tx, message);
    });
    const rows = await db.select().from(outbox);
    expect(rows).toMatchObject([
      { id: message.id, type: message.type, payload: message, state: 'pending', attempts: 0, lastError: null, publishedAt: null },
    ]);
  });

  it('leaves no row when the transaction rolls back', async () => {
    const { db } = database();
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(notes).values({ body: 'state change' });
        await enqueue(tx, sampleMessage());
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await db.select().from(outbox)).toEqual([]);
    expect(await db.select().from(notes)).toEqual([]);
  });

  it('refuses to enqueue the same message twice', async () => {
    const { db } = database();
    const message = sampleMessage();
    await db.transaction((tx) => enqueue(tx, message));
    await expect(db.transaction((tx) => enqueue(tx, message))).rejects.toThrow();
    expect(await db.select().from(outbox)).toHaveLength(1);
  });
});

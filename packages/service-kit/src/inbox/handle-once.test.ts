import { describe, expect, it } from 'vitest';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { notes } from '../test-fixtures/notes-table';
import type { Tx } from '../database/db-types';
import type { notesSchema } from '../test-fixtures/notes-table';
import { handleOnce } from './handle-once';

describe.each(backends)('handleOnce on $name', (backend) => {
  const database = useTestDatabase(backend);

  function writeNote(runs: string[], body: string) {
    return async (tx: Tx<typeof notesSchema>) => {
      runs.push(body);
      await tx.insert(notes).values({ body });
    };
  }

  it('takes effect once for a message delivered twice', async () => {
    const { db } = database();
    const message = sampleMessage();
    const runs: string[] = [];
    await handleOnce(db, 'kit-test.notes', message, writeNote(runs, 'first delivery'));
    await handleOnce(db, 'kit-test.notes', message, writeNote(runs, 'redelivery'));
    expect(await db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'first delivery' }]);
  });

  it('takes effect once when duplicates arrive at the same time', async () => {
    const { db } = database();
    const message = sampleMessage();
    const runs: string[] = [];
    await Promise.all([
      handleOnce(db, 'kit-test.notes', message, writeNote(runs, 'a')),
      handleOnce(db, 'kit-test.notes', message, writeNote(runs, 'b')),
    ]);
    expect(await db.select().from(notes)).toHaveLength(1);
  });

  it('skips a redelivery whose work fails on what the first delivery wrote', async () => {
    const { db } = database();
    const message = sampleMessage();
    // Keyed by the message, without ON CONFLICT: the redelivery's own insert is refused before the dedup row is.
    const noteOf = async (tx: Tx<typeof notesSchema>) => void (await tx.insert(notes).values({ id: message.id, body: 'once' }));
    await handleOnce(db, 'kit-test.notes', message, noteOf);
    await expect(handleOnce(db, 'kit-test.notes', message, noteOf)).resolves.toBeUndefined();
    expect(await db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'once' }]);
  });

  it('still fails a first delivery whose work fails', async () => {
    const { db } = database();
    const taken = sampleMessage();
    await db.insert(notes).values({ id: taken.id, body: 'already there' });
    const noteOf = async (tx: Tx<typeof notesSchema>) => void (await tx.insert(notes).values({ id: taken.id, body: 'clash' }));
    await expect(handleOnce(db, 'kit-test.notes', taken, noteOf)).rejects.toThrow();
  });

  it('lets each consumer do its own work for the same message', async () => {
    const { db } = database();
    const message = sampleMessage();
    const runs: string[] = [];
    await handleOnce(db, 'kit-test.notes', message, writeNote(runs, 'notes'));
    await handleOnce(db, 'kit-test.audit', message, writeNote(runs, 'audit'));
    expect(runs).toEqual(['notes', 'audit']);
  });

  it('rolls back a failed attempt entirely, so the retry does the work', async () => {
    const { db } = database();
    const message = sampleMessage();
    await expect(
      handleOnce(db, 'kit-test.notes', message, async (tx) => {
        await tx.insert(notes).values({ body: 'half done' });
        throw new Error('downstream failed');
      }),
    ).rejects.toThrow('downstream failed');
    expect(await db.select().from(notes)).toEqual([]);

    const runs: string[] = [];
    await handleOnce(db, 'kit-test.notes', message, writeNote(runs, 'retry'));
    expect(runs).toEqual(['retry']);
    expect(await db.select({ body: notes.body }).from(notes)).toEqual([{ body: 'retry' }]);
  });
});

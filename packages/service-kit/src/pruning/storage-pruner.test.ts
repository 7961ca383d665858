import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessage } from '@tiffin/messages';
import type { Periodic } from '../service/periodic';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { notes } from '../test-fixtures/notes-table';
import { handleOnce } from '../inbox/handle-once';
import { receivedMessages } from '../inbox/received-messages-table';
import { outbox } from '../outbox/outbox-table';
import { pruneExpiredRows, startStoragePruner, type StorageRetention } from './storage-pruner';

const hourMs = 3_600_000;
const retention = { outboxMs: 24 * hourMs, dedupMs: 7 * 24 * hourMs };
const hoursAgo = (hours: number) => new Date(Date.now() - hours * hourMs);

describe.each(backends)('storage pruner on $name', (backend) => {
  const database = useTestDatabase(backend);
  const running: Periodic[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((pruner) => pruner.stop()));
  });

  const prunePass = (options: { retention?: StorageRetention; batchSize?: number } = {}) =>
    pruneExpiredRows(database().db, options.retention ?? retention, recordingLogger().logger, options.batchSize);

  async function outboxRow(state: 'pending' | 'published', hours: number) {
    const message = sampleMessage();
    const at = hoursAgo(hours);
    await database().db.insert(outbox).values({
      id: message.id,
      type: message.type,
      payload: message,
      state,
      createdAt: at,
      publishedAt: state === 'published' ? at : null,
    });
    return message.id;
  }

  async function dedupRow(hours: number) {
    const message = sampleMessage();
    await database().db.insert(receivedMessages).values({ consumer: 'kit-test.notes', messageId: message.id, receivedAt: hoursAgo(hours) });
    return message.id;
  }

  it('deletes published outbox rows past the window and keeps younger ones and every pending one', async () => {
    const { db } = database();
    const expired = [await outboxRow('published', 25), await outboxRow('published', 24 * 30)];
    const kept = [await outboxRow('published', 23), await outboxRow('published', 0), await outboxRow('pending', 24 * 30), await outboxRow('pending', 0)];

    const report = await prunePass();

    expect(report.outbox.deleted).toBe(expired.length);
    const left = await db.select({ id: outbox.id }).from(outbox);
    expect(left.map((row) => row.id).sort()).toEqual([...kept].sort());
  });

  it('keeps the event log’s published rows however old, and prunes the other types beside them', async () => {
    const { db } = database();
    const logged = createMessage('OrderRejected', 'order', { orderId: randomUUID(), consumerId: randomUUID(), reason: 'Sold out' });
    const at = hoursAgo(24 * 30);
    await db.insert(outbox).values({ id: logged.id, type: logged.type, payload: logged, state: 'published', createdAt: at, publishedAt: at });
    const command = await outboxRow('published', 24 * 30);

    const report = await prunePass({ retention: { ...retention, keptOutboxTypes: ['OrderRejected', 'OrderApproved'] } });

    expect(report.outbox.deleted).toBe(1);
    const left = await db.select({ id: outbox.id }).from(outbox);
    expect(left.map((row) => row.id)).toEqual([logged.id]);
    expect(left.map((row) => row.id)).not.toContain(command);
  });

  it('deletes dedup rows past the window and keeps younger ones', async () => {
    const { db } = database();
    const expired = [await dedupRow(7 * 24 + 1), await dedupRow(90 * 24)];
    const kept = [await dedupRow(7 * 24 - 1), await dedupRow(0)];

    const report = await prunePass();

    expect(report.dedup.deleted).toBe(expired.length);
    const left = await db.select({ id: receivedMessages.messageId }).from(receivedMessages);
    expect(left.map((row) => row.id).sort()).toEqual([...kept].sort());
  });

  it('still skips a redelivery inside the window after pruning, and no longer remembers one past it', async () => {
    const { db } = database();
    const message = sampleMessage();
    const writeNote = (body: string) => async (tx: Parameters<Parameters<typeof handleOnce>[3]>[0]) => {
      await tx.insert(notes).values({ body });
    };
    const notesNow = async () => (await db.select({ body: notes.body }).from(notes)).map((row) => row.body).sort();
    await handleOnce(db, 'kit-test.notes', message, writeNote('first delivery'));
    await prunePass();
    await handleOnce(db, 'kit-test.notes', message, writeNote('redelivery within the window'));
    expect(await notesNow()).toEqual(['first delivery']);

    // Once the window is over the id is forgotten: proof that the pass above could have deleted it.
    await prunePass({ retention: { ...retention, dedupMs: 0 } });
    await handleOnce(db, 'kit-test.notes', message, writeNote('copy after the window'));
    expect(await notesNow()).toEqual(['copy after the window', 'first delivery']);
  });

  it('works off a backlog in batches of the configured size', async () => {
    const { db } = database();
    for (let i = 0; i < 23; i++) await outboxRow('published', 48);
    for (let i = 0; i < 7; i++) await dedupRow(24 * 8);

    const report = await prunePass({ batchSize: 5 });

    expect(report.outbox).toEqual({ deleted: 23, batches: 5 });
    expect(report.dedup).toEqual({ deleted: 7, batches: 2 });
    expect(await db.select().from(outbox)).toEqual([]);
  });

  it('prunes on its own, every interval, and logs what it deleted', async () => {
    const log = recordingLogger();
    await outboxRow('published', 25);
    await dedupRow(24 * 8);
    running.push(startStoragePruner({ db: database().db, logger: log.logger, retention, intervalMs: 10 }));

    await expect.poll(() => log.lines.find((line) => line.msg.startsWith('pruned')), { timeout: 5000 }).toMatchObject({ outboxDeleted: 1, dedupDeleted: 1 });
    expect(await database().db.select().from(outbox)).toEqual([]);
  });
});

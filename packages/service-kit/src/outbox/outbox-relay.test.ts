import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmbeddedBroker, type Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/messages';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { recordingBroker } from '../test-fixtures/recording-broker';
import { pinoLevels, recordingLogger } from '../test-fixtures/recording-logger';
import { notes, type notesSchema } from '../test-fixtures/notes-table';
import { handleOnce, handledBefore } from '../inbox/handle-once';
import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { enqueue } from './enqueue';
import { outbox } from './outbox-table';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';

type NotesDb = Db<typeof notesSchema>;

async function enqueueInOneTransaction(db: NotesDb, ...messages: Message[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const message of messages) await enqueue(tx, message);
  });
}

async function outboxRow(db: NotesDb, message: Message) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, message.id));
  return row!;
}

describe.each(backends)('outbox relay on $name', (backend) => {
  const database = useTestDatabase(backend);
  const running: OutboxRelay[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((relay) => relay.stop()));
  });

  function startRelay(options: { broker: Pick<Broker, 'publish'>; pollMs: number; batchSize?: number; logger?: KitLogger }) {
    const relay = startOutboxRelay({ db: database().db, logger: recordingLogger().logger, ...options });
    running.push(relay);
    return relay;
  }

  it('publishes pending rows in the order they were enqueued and marks them published', async () => {
    const { db } = database();
    const messages = Array.from({ length: 5 }, sampleMessage);
    await enqueueInOneTransaction(db, ...messages.slice(0, 3));
    await enqueueInOneTransaction(db, ...messages.slice(3));
    const broker = recordingBroker();

    startRelay({ broker, pollMs: 20, batchSize: 2 });

    await vi.waitFor(() => expect(broker.published).toHaveLength(5));
    expect(broker.published).toEqual(messages);
    // Marked in one statement shortly after the confirms.
    for (const message of messages) {
      await vi.waitFor(async () =>
        expect(await outboxRow(db, message)).toMatchObject({ state: 'published', attempts: 1, publishedAt: expect.any(Date) }),
      );
    }
  });

  it('publishes as soon as it is woken, without waiting for the next poll', async () => {
    const { db } = database();
    const broker = recordingBroker();
    const relay = startRelay({ broker, pollMs: 60_000 });
    const message = sampleMessage();

    await enqueueInOneTransaction(db, message);
    relay.wake();

    await vi.waitFor(() => expect(broker.published).toEqual([message]), { timeout: 2_000 });
  });

  it('keeps refused rows pending, counting attempts, and publishes them in order once the broker recovers', async () => {
    const { db } = database();
    const first = sampleMessage();
    const second = sampleMessage();
    await enqueueInOneTransaction(db, first);
    await enqueueInOneTransaction(db, second);
    const broker = recordingBroker();
    broker.refuse('broker unreachable');
    const { logger, lines } = recordingLogger();

    startRelay({ broker, logger, pollMs: 10 });

    await vi.waitFor(async () => expect((await outboxRow(db, first)).attempts).toBeGreaterThanOrEqual(2));
    expect(await outboxRow(db, first)).toMatchObject({ state: 'pending', lastError: 'Error: broker unreachable' });
    expect(await outboxRow(db, second)).toMatchObject({ state: 'pending', lastError: 'Error: broker unreachable' });
    expect(lines).toContainEqual(expect.objectContaining({ level: pinoLevels.warn, messageId: first.id }));

    broker.recover();

    await vi.waitFor(() => expect(broker.published).toEqual([first, second]));
    await vi.waitFor(async () => expect((await outboxRow(db, first)).state).toBe('published'));
    expect((await outboxRow(db, first)).attempts).toBeGreaterThanOrEqual(3);
  });

  it('holds no lock on a row while it waits for the broker to confirm it', async () => {
    const { db } = database();
    const broker = recordingBroker();
    broker.holdConfirms();
    const message = sampleMessage();
    await enqueueInOneTransaction(db, message);
    startRelay({ broker, pollMs: 10 });
    await vi.waitFor(() => expect(broker.calls).toBe(1));
    // NOWAIT fails at once if the relay still held the row locked.
    const locked = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, message.id)).for('update', { noWait: true });
    expect(locked).toEqual([{ id: message.id }]);
    broker.confirmHeld();
    await vi.waitFor(async () => expect((await outboxRow(db, message)).state).toBe('published'), { timeout: 3_000 });
  });

  it('finishes the pass under way before stop() resolves, and publishes nothing after', async () => {
    // The relay's polls are the test's to run (shouldClearNativeTimers: the pool's timers made before
    // stay real and clearable); sockets keep real time. vi.waitFor moves the fake clock, only by ms here.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    try {
      const { db } = database();
      const broker = recordingBroker();
      broker.holdConfirms();
      const message = sampleMessage();
      await enqueueInOneTransaction(db, message);
      const relay = startRelay({ broker, pollMs: 10 });
      await vi.waitFor(() => expect(broker.calls).toBe(1));

      // Stopped while its publish waits for the confirm.
      const stopped = relay.stop();
      broker.confirmHeld();
      await stopped;

      expect(await outboxRow(db, message)).toMatchObject({ state: 'published' });
      const late = sampleMessage();
      await enqueueInOneTransaction(db, late);
      relay.wake();
      // A hundred polls come due; a pass that they or the wake began would be waited for by stop().
      vi.advanceTimersByTime(1_000);
      await relay.stop();
      expect(broker.calls).toBe(1);
      expect(await outboxRow(db, late)).toMatchObject({ state: 'pending' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('delivers through the embedded broker to a consumer that handles each message once', async () => {
    const { db } = database();
    const broker = createEmbeddedBroker({ logger: recordingLogger().logger });
    try {
      await broker.subscribe({
        consumer: 'kit-test.on-order-details-validated',
        types: ['OrderDetailsValidated'],
        handle: (message) =>
          handleOnce(db, 'kit-test.on-order-details-validated', message, async (tx) => {
            await tx.insert(notes).values({ body: `validated ${message.payload.orderId}` });
          }),
      });
      const relay = startRelay({ broker, pollMs: 20 });
      const message = sampleMessage();
      await enqueueInOneTransaction(db, message);
      relay.wake();

      const expected = [{ body: `validated ${(message.payload as { orderId: string }).orderId}` }];
      await vi.waitFor(async () => expect(await db.select({ body: notes.body }).from(notes)).toEqual(expected));
      await vi.waitFor(async () => expect(await outboxRow(db, message)).toMatchObject({ state: 'published' }));

      // A redelivery, as after a relay crash between publishing and marking the row, then a marker
      // about the same order: handled after the redelivery, since one order's messages keep their order.
      await broker.publish(message);
      const marker = sampleMessage((message.payload as { orderId: string }).orderId);
      await broker.publish(marker);
      await vi.waitFor(async () => expect(await handledBefore(db, 'kit-test.on-order-details-validated', marker.id)).toBe(true));
      // The message's note once, the marker's once.
      expect(await db.select({ body: notes.body }).from(notes)).toEqual([...expected, ...expected]);
    } finally {
      await Promise.all(running.splice(0).map((relay) => relay.stop()));
      await broker.close();
    }
  });
});

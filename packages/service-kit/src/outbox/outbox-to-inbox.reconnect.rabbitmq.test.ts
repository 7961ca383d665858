import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRabbitMqBroker, type Broker } from '@tiffin/broker';
import { hostAndPort, startFaultProxy, throughProxy, type FaultProxy } from '@tiffin/fault-proxy';
import { handleOnce } from '../inbox/handle-once';
import { sampleMessage } from '../test-fixtures/messages';
import { notes } from '../test-fixtures/notes-table';
import { postgresBackend } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { testAmqpUrl, useRabbitMqExchange } from '../test-fixtures/rabbitmq-exchange';
import { eventually } from '../testing/eventually';
import { enqueue } from './enqueue';
import { outbox } from './outbox-table';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';

const database = useTestDatabase(postgresBackend);
const rabbit = useRabbitMqExchange();
let proxy: FaultProxy;
let broker: Broker | undefined;
let relay: OutboxRelay | undefined;

beforeEach(async () => {
  proxy = await startFaultProxy(hostAndPort(testAmqpUrl));
});
afterEach(async () => {
  await relay?.stop();
  await broker?.close();
  await proxy.close();
});

describe('outbox → RabbitMQ → inbox while the connection is cut', () => {
  it('has every message take effect exactly once', async () => {
    const { db } = database();
    const consumer = rabbit.consumer('notes');
    broker = await createRabbitMqBroker({
      url: throughProxy(testAmqpUrl, proxy),
      exchange: rabbit.exchange,
      logger: recordingLogger().logger,
      reconnectBackoff: { initialMs: 20, maxMs: 200 },
    });
    await broker.subscribe({
      consumer,
      types: ['OrderDetailsValidated'],
      concurrency: 8,
      // The consumer's effect is a note named after the message, in the inbox's transaction.
      handle: (message) => handleOnce(db, consumer, message, async (tx) => void (await tx.insert(notes).values({ body: message.id }))),
    });
    relay = startOutboxRelay({ db, broker, logger: recordingLogger().logger, pollMs: 20, batchSize: 20 });

    const messages = Array.from({ length: 150 }, sampleMessage);
    const enqueueSome = async (from: number, to: number) => {
      for (const message of messages.slice(from, to)) {
        await db.transaction((tx) => enqueue(tx, message));
        relay!.wake();
      }
    };
    await enqueueSome(0, 50);
    proxy.refuse();
    proxy.dropConnections();
    await enqueueSome(50, 100);
    proxy.accept();
    await enqueueSome(100, 120);
    // The second cut lands on the new connection, not while the first reconnect is still waiting.
    await eventually('the broker to be back', () => (broker!.status().connected ? true : undefined));
    proxy.dropConnections();
    await enqueueSome(120, 150);

    await eventually(
      'every message to take effect',
      async () => {
        const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(notes);
        return row!.count >= messages.length ? true : undefined;
      },
      60_000,
    );
    // Every row marked published; then the relay publishes nothing more.
    await eventually('the outbox to be published', async () =>
      (await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.state, 'pending'))).length === 0 ? true : undefined,
    );
    await relay.stop();
    // Late redeliveries would show up as extra notes. A marker about each order, published now, is
    // handled after any copy of that order's message still queued (one order's messages keep their order).
    const markers = messages.map((message) => sampleMessage((message.payload as { orderId: string }).orderId));
    for (const marker of markers) await broker.publish(marker);
    const bodies = async () => (await db.select({ body: notes.body }).from(notes)).map((note) => note.body);
    await eventually('every marker to be handled', async () => {
      const handled = new Set(await bodies());
      return markers.every((marker) => handled.has(marker.id)) ? true : undefined;
    });
    expect((await bodies()).sort()).toEqual([...messages, ...markers].map((message) => message.id).sort());
    // Connected again after each of the two cuts.
    expect(proxy.connectionsAccepted).toBe(3);
  });
});

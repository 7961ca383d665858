import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRabbitMqBroker, consumerQueues, type Broker } from '@tiffin/broker';
import { postgresBackend } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { testAmqpUrl, useRabbitMqExchange } from '../test-fixtures/rabbitmq-exchange';
import { enqueue } from './enqueue';
import { outbox } from './outbox-table';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';

const database = useTestDatabase(postgresBackend);
const rabbit = useRabbitMqExchange();
let broker: Broker | undefined;
let relay: OutboxRelay | undefined;

afterEach(async () => {
  await relay?.stop();
  await broker?.close();
});

describe('outbox relay on RabbitMQ', () => {
  it('keeps a message whose consumer queue was deleted pending, and publishes it once the queue is back', async () => {
    const { db } = database();
    broker = await createRabbitMqBroker({ url: testAmqpUrl, exchange: rabbit.exchange, logger: recordingLogger().logger });
    const message = sampleMessage();
    const consumer = rabbit.consumer('deleted');
    await broker.declare([{ consumer, types: [message.type] }]);
    const admin = await rabbit.adminChannel();
    await admin.deleteQueue(consumerQueues(rabbit.exchange, consumer).work);
    await db.transaction((tx) => enqueue(tx, message));

    relay = startOutboxRelay({ db, broker, logger: recordingLogger().logger, pollMs: 20 });
    await vi.waitFor(async () => {
      const [row] = await db.select().from(outbox).where(eq(outbox.id, message.id));
      expect(row).toMatchObject({ state: 'pending', lastError: expect.stringContaining('no queue is bound') });
    });

    await broker.declare([{ consumer, types: [message.type] }]);
    await vi.waitFor(
      async () => {
        const [row] = await db.select().from(outbox).where(eq(outbox.id, message.id));
        expect(row?.state).toBe('published');
      },
      { timeout: 5000 },
    );
    const queued = await admin.get(consumerQueues(rabbit.exchange, consumer).work, { noAck: true });
    await admin.close();
    expect(queued && queued.properties.messageId).toBe(message.id);
  });
});

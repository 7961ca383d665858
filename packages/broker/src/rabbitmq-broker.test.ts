import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrokerConformance, type BrokerUnderTest } from './broker.conformance';
import type { Broker } from './broker';
import { createRabbitMqBroker, type RabbitMqBrokerOptions } from './rabbitmq-broker';
import { consumerQueues } from './rabbitmq-queues';
import { orderDetailsRejected, orderDetailsValidated, recordingLogger, waitFor } from './test-support';

const url = process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const run = crypto.randomUUID().slice(0, 8);
const exchange = `broker-test.${run}`;

let admin: ChannelModel;
let adminChannel: Channel;
const exchangesDeclared = new Set<string>([exchange]);

beforeAll(async () => {
  admin = await amqp.connect(url);
  adminChannel = await admin.createChannel();
});

afterAll(async () => {
  for (const name of exchangesDeclared) await adminChannel.deleteExchange(name);
  await admin.close();
});

/** Records the consumer names a broker subscribes, so their queues can be deleted afterwards. */
async function startBroker(options: Partial<RabbitMqBrokerOptions> = {}): Promise<BrokerUnderTest> {
  const broker = await createRabbitMqBroker({ url, exchange, ...options });
  const queuesOf = (consumer: string) => consumerQueues(options.exchange ?? exchange, consumer);
  const consumers = new Set<string>();
  const tracked: Broker = {
    ...broker,
    subscribe: (subscription) => {
      consumers.add(subscription.consumer);
      return broker.subscribe(subscription);
    },
    declare: (declarations) => {
      for (const { consumer } of declarations) consumers.add(consumer);
      return broker.declare(declarations);
    },
  };
  return {
    broker: tracked,
    async dispose() {
      for (const consumer of consumers) {
        for (const queue of Object.values(queuesOf(consumer))) await adminChannel.deleteQueue(queue);
      }
    },
  };
}

describeBrokerConformance('RabbitMQ', ({ logger, retryDelayMs }) => startBroker({ logger, retryDelayMs }));

describe('RabbitMQ broker', () => {
  const quiet = recordingLogger().logger;

  it('keeps messages in the durable queue while the consuming service is down', async () => {
    const consumer = `broker-test.${run}.durable`;
    const handle = async () => {};
    const before = await startBroker({ logger: quiet });
    await before.broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle });
    await before.broker.close();

    const publisher = await startBroker({ logger: quiet });
    const message = orderDetailsValidated();
    await publisher.broker.publish(message);
    await publisher.broker.close();

    const after = await startBroker({ logger: quiet });
    const received: string[] = [];
    await after.broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });
    await waitFor('the message kept while down', () => received.length > 0);
    expect(received).toEqual([message.id]);
    await after.broker.close();
    await after.dispose();
  });

  it('sends a body that is not JSON straight to the dead-letter queue', async () => {
    const underTest = await startBroker({ logger: quiet });
    const consumer = `broker-test.${run}.not-json`;
    const handled: string[] = [];
    await underTest.broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle: async (m) => void handled.push(m.id) });

    adminChannel.publish(exchange, 'OrderDetailsValidated', Buffer.from('{not json'), { messageId: 'garbled' });

    await waitFor('the dead letter', async () => (await underTest.broker.listDeadLetters(consumer)).count > 0);
    expect((await underTest.broker.listDeadLetters(consumer)).letters).toEqual([
      expect.objectContaining({ messageId: 'garbled', type: null, reason: 'malformed', error: expect.stringContaining('not JSON') }),
    ]);
    expect(handled).toEqual([]);
    await underTest.broker.close();
    await underTest.dispose();
  });

  it('names a dead letter from before dead letters had ids by what it carries, the same at every read', async () => {
    const underTest = await startBroker({ logger: quiet });
    const consumer = `broker-test.${run}.legacy-dead`;
    await underTest.broker.declare([{ consumer, types: ['OrderDetailsValidated'] }]);
    const message = orderDetailsValidated();
    const deadAt = '2026-01-01T00:00:00.000Z';
    adminChannel.sendToQueue(consumerQueues(exchange, consumer).deadLetter, Buffer.from(JSON.stringify(message)), {
      messageId: message.id,
      type: message.type,
      headers: { 'x-tiffin-attempt': 5, 'x-tiffin-error': 'old failure', 'x-tiffin-dead-at': deadAt },
    });

    await waitFor('the old dead letter', async () => (await underTest.broker.listDeadLetters(consumer)).count === 1);
    const [letter] = (await underTest.broker.listDeadLetters(consumer)).letters;
    expect(letter).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      messageId: message.id,
      type: 'OrderDetailsValidated',
      reason: 'handler-failed',
      attempts: 5,
      error: 'old failure',
      deadAt,
    });
    expect((await underTest.broker.listDeadLetters(consumer)).letters[0]!.id).toBe(letter!.id);
    expect(await underTest.broker.discardDeadLetter(consumer, letter!.id)).toBe(true);
    expect((await underTest.broker.listDeadLetters(consumer)).count).toBe(0);
    await underTest.broker.close();
    await underTest.dispose();
  });

  it('keeps a dead letter whose replay RabbitMQ refuses because the work queue is gone', async () => {
    const underTest = await startBroker({ logger: quiet });
    const consumer = `broker-test.${run}.replay-refused`;
    await underTest.broker.subscribe({ consumer, types: ['OrderDetailsValidated'], maxAttempts: 1, handle: async () => Promise.reject(new Error('no chef')) });
    await underTest.broker.publish(orderDetailsValidated());
    await waitFor('the dead letter', async () => (await underTest.broker.listDeadLetters(consumer)).count === 1);
    const before = await underTest.broker.listDeadLetters(consumer);
    await underTest.broker.close();
    const admin = await startBroker({ logger: quiet });
    await adminChannel.deleteQueue(consumerQueues(exchange, consumer).work);

    await expect(admin.broker.replayDeadLetter(consumer, before.letters[0]!.id)).rejects.toThrow(/no queue is bound/);
    expect(await admin.broker.listDeadLetters(consumer)).toEqual(before);
    await admin.broker.close();
    await underTest.dispose();
  });

  it('publishes persistent messages identified by message id and type', async () => {
    const underTest = await startBroker({ logger: quiet });
    const consumer = `broker-test.${run}.properties`;
    // Declares and binds the queue; the handler holds nothing because the test reads the queue itself.
    await underTest.broker.subscribe({ consumer, types: ['OrderDetailsRejected'], handle: async () => {} });
    await underTest.broker.close();

    const publisher = await createRabbitMqBroker({ url, exchange, logger: quiet });
    const message = orderDetailsRejected();
    await publisher.publish(message);
    await publisher.close();

    const raw = await adminChannel.get(consumerQueues(exchange, consumer).work, { noAck: true });
    expect(raw).not.toBe(false);
    if (!raw) return;
    expect(raw.properties).toMatchObject({ messageId: message.id, type: 'OrderDetailsRejected', deliveryMode: 2, contentType: 'application/json' });
    expect(JSON.parse(raw.content.toString('utf8'))).toEqual(message);
    await underTest.dispose();
  });

  it('reopens a publishing channel RabbitMQ closed: that publish rejects, later ones are delivered', async () => {
    const doomedExchange = `broker-test.${run}.doomed`;
    exchangesDeclared.add(doomedExchange);
    const underTest = await startBroker({ exchange: doomedExchange, logger: quiet, reconnectBackoff: { initialMs: 10, maxMs: 100 } });
    await adminChannel.deleteExchange(doomedExchange);

    // Publishing to a missing exchange is a channel error: RabbitMQ closes the channel.
    await expect(underTest.broker.publish(orderDetailsValidated())).rejects.toThrow();
    await waitFor('the publishing channel to be open again', () => underTest.broker.status().connected);
    const received: string[] = [];
    await underTest.broker.subscribe({ consumer: `broker-test.${run}.after-doom`, types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });
    const message = orderDetailsValidated();
    await underTest.broker.publish(message);
    await waitFor('the message after the channel came back', () => received.length > 0);
    expect(received).toEqual([message.id]);
    await underTest.broker.close();
    await underTest.dispose();
  });

  it('rejects at start when RabbitMQ cannot be reached', async () => {
    await expect(createRabbitMqBroker({ url: 'amqp://guest:guest@127.0.0.1:1', exchange, logger: quiet })).rejects.toThrow();
  });
});

import amqp, { type ChannelModel } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import type { Broker } from './broker';
import { createRabbitMqBroker } from './rabbitmq-broker';
import { consumerQueues } from './rabbitmq-queues';
import { orderDetailsValidated, waitFor } from './test-support';

const url = process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const run = crypto.randomUUID().slice(0, 8);
const consumer = 'broker-test.on-order-details-validated';

/** One Tiffin installation's view of RabbitMQ: its own exchange, everything it hears kept. */
interface Installation {
  exchange: string;
  broker: Broker;
  heard: Message[];
}

async function installation(name: string): Promise<Installation> {
  const exchange = `broker-test.${run}.${name}`;
  const broker = await createRabbitMqBroker({ url, exchange });
  const heard: Message[] = [];
  await broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle: async (message) => void heard.push(message) });
  return { exchange, broker, heard };
}

describe('RabbitMQ queue names', () => {
  let admin: ChannelModel;
  let first: Installation;
  let second: Installation;

  beforeAll(async () => {
    admin = await amqp.connect(url);
    first = await installation('first');
    second = await installation('second');
  });

  afterAll(async () => {
    await first?.broker.close();
    await second?.broker.close();
    const channel = await admin.createChannel();
    for (const { exchange } of [first, second].filter(Boolean)) {
      for (const queue of Object.values(consumerQueues(exchange, consumer))) await channel.deleteQueue(queue);
      await channel.deleteExchange(exchange);
    }
    await admin.close();
  });

  it('gives every message to the installation that published it, none to one on another exchange with the same consumer', async () => {
    const sent = [orderDetailsValidated(), orderDetailsValidated(), orderDetailsValidated(), orderDetailsValidated()];
    for (const message of sent) await first.broker.publish(message);
    await waitFor('the first installation to hear all it sent', () => first.heard.length === sent.length);
    expect(first.heard.map((message) => message.id)).toEqual(sent.map((message) => message.id));
    expect(second.heard).toEqual([]);
  });

  it('names the queue after the exchange, so an operator can tell whose it is', async () => {
    const channel = await admin.createChannel();
    try {
      const queue = `${first.exchange}.${consumer}`;
      expect(await channel.checkQueue(queue)).toMatchObject({ queue, consumerCount: 1 });
    } finally {
      await channel.close();
    }
  });
});

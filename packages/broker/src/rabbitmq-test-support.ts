import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Broker } from './broker';
import { createRabbitMqBroker, type RabbitMqBrokerOptions } from './rabbitmq-broker';
import { deleteExchangeAndQueues } from './rabbitmq-queues';
import { recordingLogger } from './test-support';

export const testAmqpUrl = process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

/** Short waits, so fault tests take milliseconds rather than the production seconds. */
export const testBackoff = { initialMs: 20, maxMs: 200 };

export interface RabbitMqTestBed {
  /** An exchange of this test file's own, deleted afterwards with every queue named after it. */
  exchange: string;
  /** A consumer name unique to this file. */
  consumer(label: string): string;
  /** An administrator's channel on a direct connection, as an operator would use. */
  admin(): Channel;
  /** A new channel on the administrator's connection, for a step RabbitMQ may answer by closing it. */
  throwawayChannel(): Promise<Channel>;
  /** A broker on the test exchange, closed after the test, its subscribed queues deleted after the file. */
  broker(options?: Partial<RabbitMqBrokerOptions>): Promise<Broker>;
}

/** Registers the hooks that create and clean up a RabbitMQ test bed for one test file. */
export function useRabbitMq(): RabbitMqTestBed {
  const run = crypto.randomUUID().slice(0, 8);
  const exchange = `broker-test.${run}`;
  const consumers = new Set<string>();
  const open: Broker[] = [];
  let connection: ChannelModel | undefined;
  let channel: Channel | undefined;

  beforeAll(async () => {
    connection = await amqp.connect(testAmqpUrl);
    channel = await connection.createChannel();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((broker) => broker.close()));
  });
  afterAll(async () => {
    // A fresh channel: a test may have had the admin channel closed by RabbitMQ on purpose.
    await deleteExchangeAndQueues(await connection!.createChannel(), exchange, consumers);
    await connection?.close();
  });

  return {
    exchange,
    consumer(label) {
      const name = `broker-test.${run}.${label}`;
      consumers.add(name);
      return name;
    },
    admin() {
      if (!channel) throw new Error('the admin channel is not open yet');
      return channel;
    },
    async throwawayChannel() {
      if (!connection) throw new Error('the admin connection is not open yet');
      const throwaway = await connection.createChannel();
      throwaway.on('error', () => undefined);
      return throwaway;
    },
    async broker(options = {}) {
      const broker = await createRabbitMqBroker({
        url: testAmqpUrl,
        exchange,
        logger: recordingLogger().logger,
        reconnectBackoff: testBackoff,
        retryDelayMs: 30,
        ...options,
      });
      open.push(broker);
      return broker;
    },
  };
}

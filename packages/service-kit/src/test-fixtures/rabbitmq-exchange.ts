import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { afterAll, beforeAll } from 'vitest';
import { deleteExchangeAndQueues } from '@tiffin/broker';
import { consumerQueueDeclarations } from '@tiffin/messages';
import { testAmqpUrl } from '../testing/isolated-rabbitmq';
import { externalBackendsTested } from '../testing/tested-backends';

export { testAmqpUrl };

export interface TestExchange {
  /** An exchange of this test file's own. */
  exchange: string;
  /** A new channel on an administrator's direct connection; RabbitMQ may close it on a refused step. */
  adminChannel(): Promise<Channel>;
  /** Names a consumer whose queues are deleted after the file, with every registered consumer's. */
  consumer(label: string): string;
}

/** A RabbitMQ exchange for one test file, deleted afterwards with every queue named after it. */
export function useRabbitMqExchange(): TestExchange {
  const run = crypto.randomUUID().slice(0, 8);
  const exchange = `service-kit-test.${run}`;
  const consumers = new Set(consumerQueueDeclarations.map((declaration) => declaration.consumer));
  let connection: ChannelModel | undefined;

  beforeAll(async () => {
    // A file that runs its suites on the embedded broker alone (pnpm test:fast) needs no RabbitMQ.
    if (externalBackendsTested) connection = await amqp.connect(testAmqpUrl);
  });
  afterAll(async () => {
    if (!connection) return;
    await deleteExchangeAndQueues(await connection!.createChannel(), exchange, consumers);
    await connection?.close();
  });

  return {
    exchange,
    async adminChannel() {
      if (!connection) throw new Error('the admin connection is not open yet');
      const channel = await connection.createChannel();
      channel.on('error', () => undefined);
      return channel;
    },
    consumer(label) {
      const name = `service-kit-test.${run}.${label}`;
      consumers.add(name);
      return name;
    },
  };
}

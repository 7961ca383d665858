import amqp from 'amqplib';
import { consumerQueues, createBroker, type Broker, type Subscription } from '@tiffin/broker';
import type { MessageType } from '@tiffin/contracts';
import type { Logger } from '@tiffin/http-kit';

export const testAmqpUrl = 'amqp://guest:guest@127.0.0.1:5672';

export interface IsolatedRabbitMq {
  broker: Broker;
  /** Deletes the run's exchange and every queue its consumers declared. Call after the broker closed. */
  remove(): Promise<void>;
}

/**
 * The real RabbitMQ broker on an exchange of this run's own, with the run's name put before every
 * consumer name: queues are named after consumers, and a test must never drain (or be fed by) the
 * queues of a Tiffin running on the same RabbitMQ.
 */
export async function isolatedRabbitMq(logger: Logger): Promise<IsolatedRabbitMq> {
  const run = `tiffin-host-test.${crypto.randomUUID().slice(0, 8)}`;
  const inner = await createBroker({ amqpUrl: testAmqpUrl, exchange: run, logger, retryDelayMs: 100 });
  const consumers = new Set<string>();
  const broker: Broker = {
    publish: (message) => inner.publish(message),
    subscribe<T extends MessageType>(subscription: Subscription<T>) {
      const consumer = `${run}.${subscription.consumer}`;
      consumers.add(consumer);
      return inner.subscribe({ ...subscription, consumer });
    },
    close: () => inner.close(),
  };
  return {
    broker,
    async remove() {
      const connection = await amqp.connect(testAmqpUrl);
      try {
        const channel = await connection.createChannel();
        for (const consumer of consumers) {
          for (const queue of Object.values(consumerQueues(consumer))) await channel.deleteQueue(queue);
        }
        await channel.deleteExchange(run);
      } finally {
        await connection.close();
      }
    },
  };
}

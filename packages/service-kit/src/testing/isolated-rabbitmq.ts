import amqp from 'amqplib';
import { createBroker, deleteExchangeAndQueues, type Broker, type Subscription } from '@tiffin/broker';
import type { MessageType } from '@tiffin/messages';
import type { Logger } from '@tiffin/http-kit';

export const testAmqpUrl = process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export interface IsolatedRabbitMq {
  /** This run's own exchange: hand it to the host with the broker, so the queues are named after it. */
  exchange: string;
  broker: Broker;
  /** Deletes the run's exchange and every queue its consumers declared. Call after the broker closed. */
  remove(): Promise<void>;
}

/**
 * The real RabbitMQ broker on an exchange of this run's own, so a test never drains (or is fed by)
 * a Tiffin running on the same RabbitMQ. It notes every consumer that declares or subscribes, to delete their
 * queues afterwards: RabbitMQ cannot list them without its management API.
 */
export async function isolatedRabbitMq(logger: Logger, options: { retryDelayMs?: number } = {}): Promise<IsolatedRabbitMq> {
  const exchange = `tiffin-test.${crypto.randomUUID().slice(0, 8)}`;
  const inner = await createBroker({ amqpUrl: testAmqpUrl, exchange, logger, retryDelayMs: options.retryDelayMs ?? 100 });
  const consumers = new Set<string>();
  const broker: Broker = {
    ...inner,
    subscribe<T extends MessageType>(subscription: Subscription<T>) {
      consumers.add(subscription.consumer);
      return inner.subscribe(subscription);
    },
    declare(declarations) {
      for (const { consumer } of declarations) consumers.add(consumer);
      return inner.declare(declarations);
    },
  };
  return {
    exchange,
    broker,
    async remove() {
      const connection = await amqp.connect(testAmqpUrl);
      try {
        await deleteExchangeAndQueues(await connection.createChannel(), exchange, consumers);
      } finally {
        await connection.close();
      }
    },
  };
}

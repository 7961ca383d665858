import type { MessageType } from '@tiffin/messages';
import type { Broker, Subscription } from './broker';
import { consoleLogger, type BrokerLogger } from './logger';
import { defaultBackoff, type Backoff } from './rabbitmq-backoff';
import { startRabbitMqConsumer, type RabbitMqConsumer } from './rabbitmq-consumer';
import { rabbitMqDeadLetters } from './rabbitmq-dead-letters';
import { openRabbitMqLink } from './rabbitmq-link';
import { startRabbitMqPublisher } from './rabbitmq-publisher';
import { declareConsumerQueues } from './rabbitmq-queues';
import { rabbitMqQueueDepths } from './rabbitmq-queue-depths';
import { encodeMessage } from './wire';

export interface RabbitMqBrokerOptions {
  url: string;
  /** The durable topic exchange every message is published to, routed by message type. */
  exchange: string;
  logger?: BrokerLogger;
  /**
   * Deliveries a subscription may hold unacknowledged. Default twice the subscription's concurrency,
   * so the next message is already here when a handler finishes; never less than the concurrency.
   */
  prefetch?: number;
  /** How long a failed message waits in the retry queue. Default 1000 ms. */
  retryDelayMs?: number;
  /** Waits between attempts to reconnect or reopen a channel. Default 100 ms doubling up to 5 s. */
  reconnectBackoff?: Backoff;
  /** Seconds of silence after which a connection counts as dead (a cut cable sends no RST). Default 10. */
  heartbeatSeconds?: number;
}

/**
 * Connects, declares the exchange and opens a confirm channel; rejects if RabbitMQ is unreachable at
 * start. Afterwards the connection and every channel come back by themselves after a fault; while
 * they are down, publish() rejects at once (the outbox keeps the rows) and status() says so. A message
 * of a type some consumer declared a queue for is published `mandatory` (see expectedTypes).
 */
export async function createRabbitMqBroker(options: RabbitMqBrokerOptions): Promise<Broker> {
  const logger = options.logger ?? consoleLogger;
  const { exchange } = options;
  const backoff = options.reconnectBackoff ?? defaultBackoff;
  const link = await openRabbitMqLink({ url: options.url, exchange, logger, backoff, heartbeatSeconds: options.heartbeatSeconds ?? 10 });
  const publisher = startRabbitMqPublisher({ link, exchange, logger, backoff });
  const consumers: RabbitMqConsumer[] = [];
  // Types some consumer declared a queue for. Such a message is published `mandatory`: routed nowhere
  // means a queue has gone, so publish() rejects and the outbox keeps it until the queue is back. A
  // type no consumer ever declared (an event nobody subscribes to yet) has nowhere to go by design,
  // as on the in-process broker, and must not pile up in the outbox for ever.
  const expectedTypes = new Set<string>();
  let closing = false;

  async function close(): Promise<void> {
    if (closing) return;
    closing = true;
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await publisher.close();
    await link.close();
  }

  try {
    // The first publishing channel, so that start-up fails loudly if it cannot be opened.
    await waitUntil(() => publisher.ready || !link.current, 10_000);
    if (!publisher.ready) throw new Error(`could not open a publishing channel on RabbitMQ for exchange "${exchange}"`);
  } catch (err) {
    await close();
    throw err;
  }

  const deadLetters = rabbitMqDeadLetters({ link, publisher, exchange, isClosing: () => closing });

  return {
    ...deadLetters,

    publish(message) {
      if (closing) return Promise.reject(new Error('broker is closed'));
      return publisher.publish(exchange, message.type, Buffer.from(encodeMessage(message), 'utf8'), {
        mandatory: expectedTypes.has(message.type),
        persistent: true,
        contentType: 'application/json',
        messageId: message.id,
        type: message.type,
        appId: message.source,
        timestamp: Math.floor(Date.parse(message.occurredAt) / 1000) || undefined,
        ...(message.correlationId ? { correlationId: message.correlationId } : {}),
        // Also where tools that read AMQP headers (a collector's RabbitMQ receiver, the management UI) look.
        ...(message.traceparent ? { headers: { traceparent: message.traceparent } } : {}),
      });
    },

    async subscribe<T extends MessageType>(subscription: Subscription<T>) {
      if (closing) throw new Error('broker is closed');
      for (const type of subscription.types) expectedTypes.add(type);
      const consumer = await startRabbitMqConsumer({
        link,
        publisher,
        exchange,
        // Routing only delivers the subscribed types to this queue, so the narrowing holds.
        subscription: subscription as unknown as Subscription<MessageType>,
        prefetch: options.prefetch ?? 2 * (subscription.concurrency ?? 1),
        retryDelayMs: options.retryDelayMs ?? 1000,
        logger,
        backoff,
      });
      consumers.push(consumer);
    },

    async declare(declarations) {
      if (closing) throw new Error('broker is closed');
      const connection = link.current;
      if (!connection) throw new Error('not connected to RabbitMQ; cannot declare queues now');
      // A channel of its own: a declaration RabbitMQ refuses closes the channel it was made on.
      const channel = await connection.createChannel();
      channel.on('error', () => undefined);
      try {
        for (const declaration of declarations) {
          await declareConsumerQueues(channel, exchange, declaration);
          for (const type of declaration.types) expectedTypes.add(type);
        }
      } finally {
        await channel.close().catch(() => undefined);
      }
    },

    queueDepths: (consumers) => rabbitMqQueueDepths(link, exchange, consumers),

    status() {
      return {
        connected: !closing && link.current !== undefined && publisher.ready,
        consumers: consumers.map((consumer) => ({ consumer: consumer.name, consuming: !closing && consumer.consuming })),
      };
    },

    close,
  };
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

import type { ChannelModel, ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import type { Message, MessageType } from '@tiffin/contracts';
import type { Subscription } from './broker';
import type { BrokerLogger } from './logger';
import { attemptHeader, consumerQueues, deadAtHeader, declareConsumerQueues, errorHeader } from './rabbitmq-queues';
import { checkedMaxAttempts } from './subscription-rules';
import { decodeMessage, describeError } from './wire';

export interface RabbitMqConsumerOptions {
  connection: ChannelModel;
  /** The broker's confirm channel: retries and dead letters are confirmed before the original is acked. */
  publisher: ConfirmChannel;
  exchange: string;
  subscription: Subscription<MessageType>;
  prefetch: number;
  retryDelayMs: number;
  logger: BrokerLogger;
}

export interface RabbitMqConsumer {
  /** The subscription's consumer name. */
  readonly name: string;
  /** Stops new deliveries, waits for the handler under way, closes the channel. */
  stop(): Promise<void>;
}

/** Declares a subscription's queues and bindings and starts consuming on a channel of its own. */
export async function startRabbitMqConsumer(options: RabbitMqConsumerOptions): Promise<RabbitMqConsumer> {
  const { connection, publisher, exchange, subscription, logger } = options;
  const maxAttempts = checkedMaxAttempts(subscription);
  const queues = consumerQueues(exchange, subscription.consumer);
  const channel = await connection.createChannel();
  channel.on('error', (err: unknown) =>
    logger.error({ consumer: subscription.consumer, err }, 'RabbitMQ consumer channel failed'),
  );

  await declareConsumerQueues(channel, exchange, subscription);
  await channel.prefetch(options.prefetch);

  let stopping = false;
  // Deliveries are handled one after another even when prefetch lets several arrive, so a
  // consumer sees its queue in order.
  let handling = Promise.resolve();

  async function settle(delivery: ConsumeMessage): Promise<void> {
    const attempt = attemptOf(delivery);
    const context = { consumer: subscription.consumer, messageId: delivery.properties.messageId, attempt };
    const decoded = decodeMessage(delivery.content.toString('utf8'));
    if (!decoded.ok) {
      await forward(queues.deadLetter, delivery, deadLetterHeaders(attempt, decoded.error));
      logger.error({ ...context, error: decoded.error }, 'malformed message moved to the dead-letter queue');
      return;
    }
    try {
      await subscription.handle(decoded.message as Message<MessageType>);
    } catch (err) {
      if (attempt >= maxAttempts) {
        await forward(queues.deadLetter, delivery, deadLetterHeaders(attempt, describeError(err)));
        logger.error({ ...context, err }, 'message handler failed for the last time; moved to the dead-letter queue');
      } else {
        await forward(queues.retry, delivery, { [attemptHeader]: attempt + 1 }, String(options.retryDelayMs));
        logger.warn({ ...context, err }, 'message handler failed; will retry');
      }
      return;
    }
    channel.ack(delivery);
  }

  /** Copies the delivery to `queue`, and acks the original only once RabbitMQ has confirmed the copy. */
  async function forward(
    queue: string,
    delivery: ConsumeMessage,
    headers: Record<string, unknown>,
    expiration?: string,
  ): Promise<void> {
    const { properties } = delivery;
    const copy: Options.Publish = {
      persistent: true,
      contentType: properties.contentType,
      messageId: properties.messageId,
      type: properties.type,
      correlationId: properties.correlationId,
      appId: properties.appId,
      timestamp: properties.timestamp,
      headers: { ...properties.headers, ...headers },
      ...(expiration ? { expiration } : {}),
    };
    await new Promise<void>((resolve, reject) => {
      publisher.sendToQueue(queue, delivery.content, copy, (err) => (err ? reject(err) : resolve()));
    });
    channel.ack(delivery);
  }

  async function handleDelivery(delivery: ConsumeMessage): Promise<void> {
    // Left unacked on purpose: closing the channel returns it to the queue for the next consumer.
    if (stopping) return;
    try {
      await settle(delivery);
    } catch (err) {
      // The copy or the ack could not be sent, so the channel or connection is failing; the
      // unacked delivery goes back to the queue when the channel closes.
      logger.error({ consumer: subscription.consumer, err }, 'could not settle a delivery; it stays unacknowledged');
    }
  }

  const { consumerTag } = await channel.consume(queues.work, (delivery) => {
    if (delivery === null) {
      logger.warn({ consumer: subscription.consumer }, 'RabbitMQ cancelled the consumer (queue deleted?)');
      return;
    }
    handling = handling.then(() => handleDelivery(delivery));
  });

  return {
    name: subscription.consumer,
    async stop() {
      stopping = true;
      await ignoreClosed(() => channel.cancel(consumerTag));
      await handling;
      await ignoreClosed(() => channel.close());
    },
  };
}

function attemptOf(delivery: ConsumeMessage): number {
  const attempt = Number(delivery.properties.headers?.[attemptHeader]);
  return Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}

function deadLetterHeaders(attempts: number, error: string): Record<string, unknown> {
  // Header values are capped so a huge stack or payload dump cannot bloat the frame.
  return { [attemptHeader]: attempts, [errorHeader]: error.slice(0, 2000), [deadAtHeader]: new Date().toISOString() };
}

/** Stopping must not fail because the connection is already gone: the broker already returned the messages. */
async function ignoreClosed(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch {
    // Nothing to release on a channel that no longer exists.
  }
}

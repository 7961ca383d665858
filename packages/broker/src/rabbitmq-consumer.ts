import { randomUUID } from 'node:crypto';
import type { Channel, ConsumeMessage, Options } from 'amqplib';
import type { Message, MessageType } from '@tiffin/messages';
import type { Subscription } from './broker';
import { createKeyedDispatcher } from './keyed-dispatcher';
import type { BrokerLogger } from './logger';
import { orderingKeyOf } from './ordering-key';
import type { Backoff } from './rabbitmq-backoff';
import { keepChannel } from './rabbitmq-kept-channel';
import type { RabbitMqLink } from './rabbitmq-link';
import type { RabbitMqPublisher } from './rabbitmq-publisher';
import { propertiesOfCopy } from './rabbitmq-copy';
import { attemptHeader, consumerQueues, deadAtHeader, deadLetterIdHeader, deadReasonHeader, declareConsumerQueues, errorHeader } from './rabbitmq-queues';
import { checkedMaxAttempts } from './subscription-rules';
import { decodeMessage, describeError } from './wire';

export interface RabbitMqConsumerOptions {
  link: RabbitMqLink;
  /** The broker's publisher: retries and dead letters are confirmed before the original is acked. */
  publisher: RabbitMqPublisher;
  exchange: string;
  subscription: Subscription<MessageType>;
  /** Deliveries held unacknowledged; at least the subscription's concurrency. */
  prefetch: number;
  retryDelayMs: number;
  logger: BrokerLogger;
  backoff: Backoff;
}

export interface RabbitMqConsumer {
  /** The subscription's consumer name. */
  readonly name: string;
  /** Whether RabbitMQ is delivering to this consumer right now. */
  readonly consuming: boolean;
  /** Stops new deliveries, waits for the handlers under way, closes the channel. */
  stop(): Promise<void>;
}

/**
 * Consumes a subscription's work queue on a channel of its own and keeps doing so: after a lost
 * connection or channel, and after RabbitMQ cancels the consumer (its queue was deleted), the queues
 * are declared again and consuming resumes. Deliveries still unacknowledged then come again, and the
 * consumer's inbox drops the ones it already handled.
 */
export async function startRabbitMqConsumer(options: RabbitMqConsumerOptions): Promise<RabbitMqConsumer> {
  const { link, publisher, exchange, subscription, logger } = options;
  const maxAttempts = checkedMaxAttempts(subscription);
  if (!link.current) throw new Error(`not connected to RabbitMQ; ${subscription.consumer} cannot subscribe now`);
  const concurrency = subscription.concurrency ?? 1;
  const dispatcher = createKeyedDispatcher(concurrency);
  const prefetch = Math.max(options.prefetch, concurrency);
  const queues = consumerQueues(exchange, subscription.consumer);
  const context = { consumer: subscription.consumer };
  let stopping = false;
  let consumerTag: string | undefined;
  let firstStart: { resolve: () => void; reject: (err: unknown) => void } | undefined;
  const started = new Promise<void>((resolve, reject) => (firstStart = { resolve, reject }));

  const channel = keepChannel<Channel>({
    link,
    what: `consumer channel of ${subscription.consumer}`,
    logger,
    backoff: options.backoff,
    async open(connection) {
      const opened = await connection.createChannel();
      opened.on('error', () => undefined);
      try {
        await declareConsumerQueues(opened, exchange, subscription);
        await opened.prefetch(prefetch);
        const consumed = await opened.consume(queues.work, (delivery) => {
          if (delivery === null) return cancelledByRabbitMq(opened);
          void dispatch(opened, delivery);
        });
        consumerTag = consumed.consumerTag;
      } catch (err) {
        await opened.close().catch(() => undefined);
        throw err;
      }
      return opened;
    },
    onOpen() {
      logger.info(context, 'consuming');
      firstStart?.resolve();
      firstStart = undefined;
    },
    onClosed() {
      consumerTag = undefined;
    },
    onOpenFailed(err) {
      // A subscription that cannot start at all (e.g. its queue exists with other arguments) is the
      // caller's error to see; later failures are retried, and status() says it is not consuming.
      if (!firstStart) return;
      firstStart.reject(err);
      firstStart = undefined;
      void channel.close();
    },
  });

  function cancelledByRabbitMq(on: Channel): void {
    if (channel.current !== on) return;
    consumerTag = undefined;
    logger.warn(context, 'RabbitMQ cancelled the consumer (queue deleted?); declaring its queues again');
    channel.reopen();
  }

  function dispatch(on: Channel, delivery: ConsumeMessage): Promise<void> {
    const decoded = decodeMessage(delivery.content.toString('utf8'));
    // A message that breaks the contract has no aggregate; it only goes to the dead letters.
    const key = decoded.ok ? orderingKeyOf(decoded.message) : `malformed:${delivery.fields.deliveryTag}`;
    return dispatcher.run(key, async () => {
      // Left unacked on purpose: closing the channel returns it to the queue for the next consumer.
      if (stopping) return;
      try {
        await settle(on, delivery, decoded);
      } catch (err) {
        // The copy or the ack could not be sent, so the channel or connection is failing; the
        // unacked delivery goes back to the queue and the inbox recognises it when it comes again.
        logger.error({ ...context, err }, 'could not settle a delivery; it stays unacknowledged');
      }
    });
  }

  async function settle(on: Channel, delivery: ConsumeMessage, decoded: ReturnType<typeof decodeMessage>): Promise<void> {
    const attempt = attemptOf(delivery);
    const about = { ...context, messageId: delivery.properties.messageId, attempt };
    if (!decoded.ok) {
      await forward(on, queues.deadLetter, delivery, deadLetterHeaders('malformed', attempt, decoded.error));
      logger.error({ ...about, error: decoded.error }, 'malformed message moved to the dead-letter queue');
      return;
    }
    try {
      await subscription.handle(decoded.message as Message<MessageType>, { attempt });
    } catch (err) {
      if (attempt >= maxAttempts) {
        await forward(on, queues.deadLetter, delivery, deadLetterHeaders('handler-failed', attempt, describeError(err)));
        logger.error({ ...about, err }, 'message handler failed for the last time; moved to the dead-letter queue');
      } else {
        await forward(on, queues.retry, delivery, { [attemptHeader]: attempt + 1 }, String(options.retryDelayMs));
        logger.warn({ ...about, err }, 'message handler failed; will retry');
      }
      return;
    }
    on.ack(delivery);
  }

  /** Copies the delivery to `queue`, and acks the original only once RabbitMQ has confirmed and routed the copy. */
  async function forward(
    on: Channel,
    queue: string,
    delivery: ConsumeMessage,
    headers: Record<string, unknown>,
    expiration?: string,
  ): Promise<void> {
    const copy: Options.Publish = {
      ...propertiesOfCopy(delivery.properties, { ...delivery.properties.headers, ...headers }),
      ...(expiration ? { expiration } : {}),
    };
    // Mandatory: if the retry or dead-letter queue is gone, the original stays unacknowledged.
    await publisher.publish('', queue, delivery.content, { ...copy, mandatory: true });
    on.ack(delivery);
  }

  link.onDown(() => {
    firstStart?.reject(new Error('lost the RabbitMQ connection before the consumer started'));
    if (firstStart) void channel.close();
    firstStart = undefined;
  });
  await started;

  return {
    name: subscription.consumer,
    get consuming() {
      return !stopping && channel.current !== undefined && consumerTag !== undefined;
    },
    async stop() {
      stopping = true;
      const open = channel.current;
      if (open && consumerTag) await ignoreClosed(() => open.cancel(consumerTag!));
      await dispatcher.idle();
      await channel.close();
    },
  };
}

function attemptOf(delivery: ConsumeMessage): number {
  const attempt = Number(delivery.properties.headers?.[attemptHeader]);
  return Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}

function deadLetterHeaders(reason: 'malformed' | 'handler-failed', attempts: number, error: string): Record<string, unknown> {
  // Header values are capped so a huge stack or payload dump cannot bloat the frame.
  return {
    [deadLetterIdHeader]: randomUUID(),
    [deadReasonHeader]: reason,
    [attemptHeader]: attempts,
    [errorHeader]: error.slice(0, 2000),
    [deadAtHeader]: new Date().toISOString(),
  };
}

/** Stopping must not fail because the connection is already gone: the broker already returned the messages. */
async function ignoreClosed(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch {
    // Nothing to release on a channel that no longer exists.
  }
}

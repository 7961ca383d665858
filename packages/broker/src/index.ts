import type { Broker } from './broker';
import { createEmbeddedBroker } from './embedded-broker';
import type { BrokerLogger } from './logger';
import { createRabbitMqBroker } from './rabbitmq-broker';

export type { Broker, BrokerStatus, Delivery, QueueDepth, Subscription } from './broker';
export { orderingKeyOf } from './ordering-key';
export type { BrokerLogger } from './logger';
export {
  defaultDeadLetterListLimit,
  type DeadLetter,
  type DeadLetterAdmin,
  type DeadLetterDetail,
  type DeadLetterList,
  type DeadLetterSummary,
} from './dead-letter';
export { createEmbeddedBroker, type EmbeddedBroker, type EmbeddedBrokerOptions } from './embedded-broker';
export { createRabbitMqBroker, type RabbitMqBrokerOptions } from './rabbitmq-broker';
export { consumerQueues, deleteExchangeAndQueues } from './rabbitmq-queues';
export { UnroutableMessageError } from './rabbitmq-publisher';
export { defaultMaxAttempts } from './subscription-rules';

export interface BrokerOptions {
  /** From TIFFIN_AMQP_URL; without it the broker is in-process. */
  amqpUrl?: string;
  exchange: string;
  logger?: BrokerLogger;
  retryDelayMs?: number;
  /** For the in-process broker only: where it journals queues and messages so they survive a restart. */
  journalDir?: string;
}

/**
 * RabbitMQ when a URL is configured, else a new in-process broker. All services of one process must
 * share one embedded broker, so the host calls this once and hands the result to each of them.
 */
export async function createBroker(options: BrokerOptions): Promise<Broker> {
  const { amqpUrl, exchange, logger, retryDelayMs, journalDir } = options;
  // RabbitMQ reconnects by itself; status() tells a readiness check when it is down.
  if (amqpUrl) return createRabbitMqBroker({ url: amqpUrl, exchange, logger, retryDelayMs });
  return createEmbeddedBroker({ logger, retryDelayMs, journalDir });
}

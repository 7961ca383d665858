import type { Message, MessageType, QueueDeclaration } from '@tiffin/messages';
import type { DeadLetterAdmin } from './dead-letter';

/**
 * A subscription is a named, durable consumer: every consumer name gets its own queue, so two
 * services subscribing to the same type each receive every message (publish/subscribe), while two
 * instances of one service share the work (competing consumers).
 */
export interface Subscription<T extends MessageType = MessageType> {
  /** Queue name, e.g. "delivery.on-order-approved". Unique per consuming service and purpose. */
  consumer: string;
  types: readonly T[];
  /**
   * Runs for each message. The message is acknowledged only after this resolves; if it throws the
   * message is retried, and after `maxAttempts` it goes to the consumer's dead-letter queue.
   * The brokers always say which `delivery` this is, so a handler knows its failure is the last (a test
   * calling a handler itself may leave it out).
   */
  handle: (message: Message<T>, delivery?: Delivery) => Promise<void>;
  /** Default 5. */
  maxAttempts?: number;
  /**
   * How many messages of this subscription may be handled at once. Messages with the same ordering
   * key (see orderingKeyOf) are still handled one after another, in the order they arrived. Default 1.
   */
  concurrency?: number;
}

/** Which delivery of a message a handler runs for: 1 for the first, counting up with each retry. */
export interface Delivery {
  attempt: number;
}

/** What waits for a consumer: messages not yet handed to it (its lag) and dead letters it holds. */
export interface QueueDepth {
  consumer: string;
  waiting: number;
  deadLetters: number;
}

export interface BrokerStatus {
  /** False while the connection to the broker is down (RabbitMQ) or the broker is closed. */
  connected: boolean;
  /** Each subscription made on this broker client and whether it is consuming right now. */
  consumers: { consumer: string; consuming: boolean }[];
}

/** Dead letters (DeadLetterAdmin) are kept per consumer name, whichever broker client made them. */
export interface Broker extends DeadLetterAdmin {
  /** Resolves only once the broker has taken responsibility for the message (publisher confirm). */
  publish(message: Message): Promise<void>;
  subscribe<T extends MessageType>(subscription: Subscription<T>): Promise<void>;
  /**
   * Makes sure these consumers' queues and bindings exist without consuming from them, so what is
   * published from now on waits there for them. Idempotent; called before any outbox relay publishes.
   */
  declare(queues: readonly QueueDeclaration[]): Promise<void>;
  /** For readiness checks: connection and consumers as they are now. */
  status(): BrokerStatus;
  /** How many messages wait in each of these consumers' queues, for metrics; an unknown consumer has none. */
  queueDepths(consumers: readonly string[]): Promise<QueueDepth[]>;
  /** Stops consuming, waits for handlers under way, releases connections. */
  close(): Promise<void>;
}

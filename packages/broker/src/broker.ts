import type { Message, MessageType } from '@tiffin/contracts';

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
   */
  handle: (message: Message<T>) => Promise<void>;
  /** Default 5. */
  maxAttempts?: number;
}

export interface Broker {
  /** Resolves only once the broker has taken responsibility for the message (publisher confirm). */
  publish(message: Message): Promise<void>;
  subscribe<T extends MessageType>(subscription: Subscription<T>): Promise<void>;
  /** Stops consuming, waits for handlers under way, releases connections. */
  close(): Promise<void>;
}

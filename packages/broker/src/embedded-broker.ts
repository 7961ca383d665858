import type { Message, MessageType } from '@tiffin/contracts';
import type { Broker, Subscription } from './broker';
import type { DeadLetter } from './dead-letter';
import { consoleLogger, type BrokerLogger } from './logger';
import { checkedMaxAttempts } from './subscription-rules';
import { decodeMessage, describeError, encodeMessage } from './wire';

export interface EmbeddedBrokerOptions {
  logger?: BrokerLogger;
  /** Wait before a failed message is delivered again. Default 200 ms. */
  retryDelayMs?: number;
}

export interface EmbeddedBroker extends Broker {
  /** What the consumer gave up on, oldest first. Empty for an unknown consumer. */
  deadLetters(consumer: string): readonly DeadLetter[];
}

interface Delivery {
  body: string;
  /** 1 for the first delivery, counting up with each retry. */
  attempt: number;
}

/** One subscriber on a queue; a subscriber handles one message at a time, like a prefetch of 1. */
interface Worker {
  handle: (message: Message) => Promise<void>;
  maxAttempts: number;
  busy: boolean;
}

interface ConsumerQueue {
  name: string;
  /** Bindings accumulate, as they do on a RabbitMQ queue declared again with more routing keys. */
  types: Set<MessageType>;
  ready: Delivery[];
  workers: Worker[];
  /** Round-robin cursor, so competing subscribers share the work. */
  nextWorker: number;
  pumpScheduled: boolean;
  deadLetters: DeadLetter[];
}

/**
 * The in-process broker used when no AMQP URL is configured. It keeps RabbitMQ's semantics as Tiffin
 * uses them (queue per consumer name, fan-out across queues, competing subscribers within a queue,
 * ack after the handler, bounded retries, dead letters) so code tested here behaves the same there.
 * Everything lives in memory: messages do not survive the process.
 */
export function createEmbeddedBroker(options: EmbeddedBrokerOptions = {}): EmbeddedBroker {
  const logger = options.logger ?? consoleLogger;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const queues = new Map<string, ConsumerQueue>();
  const handlersUnderWay = new Set<Promise<void>>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let closed = false;

  function assertOpen(): void {
    if (closed) throw new Error('broker is closed');
  }

  /** Delivery always starts on a later turn of the event loop, never inside the publisher's call. */
  function schedulePump(queue: ConsumerQueue): void {
    if (queue.pumpScheduled || closed) return;
    queue.pumpScheduled = true;
    setImmediate(() => {
      queue.pumpScheduled = false;
      pump(queue);
    });
  }

  function pump(queue: ConsumerQueue): void {
    while (!closed && queue.ready.length > 0) {
      const worker = takeIdleWorker(queue);
      if (!worker) return;
      const delivery = queue.ready.shift()!;
      worker.busy = true;
      const run = deliver(queue, worker, delivery).finally(() => {
        worker.busy = false;
        handlersUnderWay.delete(run);
        schedulePump(queue);
      });
      handlersUnderWay.add(run);
    }
  }

  function takeIdleWorker(queue: ConsumerQueue): Worker | undefined {
    for (let i = 0; i < queue.workers.length; i++) {
      const index = (queue.nextWorker + i) % queue.workers.length;
      const worker = queue.workers[index]!;
      if (!worker.busy) {
        queue.nextWorker = (index + 1) % queue.workers.length;
        return worker;
      }
    }
    return undefined;
  }

  async function deliver(queue: ConsumerQueue, worker: Worker, delivery: Delivery): Promise<void> {
    const decoded = decodeMessage(delivery.body);
    if (!decoded.ok) {
      queue.deadLetters.push({ reason: 'malformed', body: delivery.body, error: decoded.error, deadAt: now() });
      logger.error({ consumer: queue.name, error: decoded.error }, 'malformed message moved to dead letters');
      return;
    }
    const { message } = decoded;
    try {
      await worker.handle(message);
    } catch (err) {
      const error = describeError(err);
      const context = { consumer: queue.name, messageId: message.id, type: message.type, attempt: delivery.attempt };
      if (delivery.attempt >= worker.maxAttempts) {
        queue.deadLetters.push({ reason: 'handler-failed', message, attempts: delivery.attempt, error, deadAt: now() });
        logger.error({ ...context, err }, 'message handler failed for the last time; moved to dead letters');
        return;
      }
      logger.warn({ ...context, err }, 'message handler failed; will retry');
      scheduleRetry(queue, { body: delivery.body, attempt: delivery.attempt + 1 });
    }
  }

  /** Like a retry queue with a TTL: the message goes to the back of the queue once the delay is over. */
  function scheduleRetry(queue: ConsumerQueue, delivery: Delivery): void {
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      queue.ready.push(delivery);
      schedulePump(queue);
    }, retryDelayMs);
    retryTimers.add(timer);
  }

  return {
    async publish(message) {
      assertOpen();
      const body = encodeMessage(message);
      // Like a topic exchange: a copy for every queue bound to the type, nothing if none is.
      for (const queue of queues.values()) {
        if (!queue.types.has(message.type)) continue;
        queue.ready.push({ body, attempt: 1 });
        schedulePump(queue);
      }
    },

    async subscribe<T extends MessageType>(subscription: Subscription<T>) {
      assertOpen();
      const maxAttempts = checkedMaxAttempts(subscription);
      let queue = queues.get(subscription.consumer);
      if (!queue) {
        queue = {
          name: subscription.consumer,
          types: new Set(),
          ready: [],
          workers: [],
          nextWorker: 0,
          pumpScheduled: false,
          deadLetters: [],
        };
        queues.set(subscription.consumer, queue);
      }
      for (const type of subscription.types) queue.types.add(type);
      queue.workers.push({
        // Routing only delivers the subscribed types to this queue, so the narrowing holds.
        handle: subscription.handle as (message: Message) => Promise<void>,
        maxAttempts,
        busy: false,
      });
      schedulePump(queue);
    },

    deadLetters(consumer) {
      return [...(queues.get(consumer)?.deadLetters ?? [])];
    },

    async close() {
      closed = true;
      for (const timer of retryTimers) clearTimeout(timer);
      retryTimers.clear();
      await Promise.allSettled([...handlersUnderWay]);
    },
  };
}

function now(): string {
  return new Date().toISOString();
}

import type { Message, MessageType, QueueDeclaration } from '@tiffin/contracts';
import type { Broker, Subscription } from './broker';
import type { DeadLetter } from './dead-letter';
import { openBrokerJournal, type BrokerJournal } from './broker-journal';
import type { JournalRecord } from './journal-replay';
import { consoleLogger, type BrokerLogger } from './logger';
import { checkedMaxAttempts } from './subscription-rules';
import { decodeMessage, describeError, encodeMessage } from './wire';

export interface EmbeddedBrokerOptions {
  logger?: BrokerLogger;
  /** Wait before a failed message is delivered again. Default 200 ms. */
  retryDelayMs?: number;
  /**
   * Where to keep a journal of queues and unacknowledged messages, so they survive a restart or a
   * crash like RabbitMQ's durable queues. Without it everything lives in memory only.
   */
  journalDir?: string;
}

export interface EmbeddedBroker extends Broker {
  /** What the consumer gave up on, oldest first. Empty for an unknown consumer. */
  deadLetters(consumer: string): readonly DeadLetter[];
}

interface Delivery {
  /** Names this queue's copy in the journal; absent without one. */
  copyId?: number;
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
 * Without a `journalDir` everything lives in memory and messages do not survive the process; with
 * one, publish resolves only once the message is on disk, and a new broker on the same directory
 * restores the declared queues and delivers again whatever was not acknowledged (at least once).
 */
export function createEmbeddedBroker(options: EmbeddedBrokerOptions = {}): EmbeddedBroker {
  const logger = options.logger ?? consoleLogger;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const queues = new Map<string, ConsumerQueue>();
  const handlersUnderWay = new Set<Promise<void>>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let closed = false;
  const journal: BrokerJournal | undefined = options.journalDir ? openBrokerJournal(options.journalDir, logger) : undefined;
  for (const [name, restored] of journal?.restored ?? []) {
    const queue = newQueue(name);
    for (const type of restored.types) queue.types.add(type);
    for (const [copyId, body] of restored.pending) queue.ready.push({ copyId, body, attempt: 1 });
    queue.deadLetters.push(...restored.deadLetters);
    queues.set(name, queue);
  }

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
      await bury(queue, delivery, { reason: 'malformed', body: delivery.body, error: decoded.error, deadAt: now() });
      logger.error({ consumer: queue.name, error: decoded.error }, 'malformed message moved to dead letters');
      return;
    }
    const { message } = decoded;
    try {
      await worker.handle(message);
      await record(queue, delivery, { op: 'ack', id: delivery.copyId! });
    } catch (err) {
      const error = describeError(err);
      const context = { consumer: queue.name, messageId: message.id, type: message.type, attempt: delivery.attempt };
      if (delivery.attempt >= worker.maxAttempts) {
        await bury(queue, delivery, { reason: 'handler-failed', message, attempts: delivery.attempt, error, deadAt: now() });
        logger.error({ ...context, err }, 'message handler failed for the last time; moved to dead letters');
        return;
      }
      logger.warn({ ...context, err }, 'message handler failed; will retry');
      scheduleRetry(queue, { ...delivery, attempt: delivery.attempt + 1 });
    }
  }

  async function bury(queue: ConsumerQueue, delivery: Delivery, letter: DeadLetter): Promise<void> {
    queue.deadLetters.push(letter);
    await record(queue, delivery, { op: 'dead', id: delivery.copyId!, consumer: queue.name, letter });
  }

  /**
   * Notes that a copy left the queue. Not fsync'ed, and a failure is only logged: if the note is lost
   * the message is delivered once more after a restart, which idempotent consumers absorb.
   */
  async function record(queue: ConsumerQueue, delivery: Delivery, entry: JournalRecord): Promise<void> {
    if (!journal || delivery.copyId === undefined) return;
    await journal.append([entry], { durable: false }).catch((err: unknown) => {
      logger.error({ consumer: queue.name, err }, 'could not journal that a message left its queue; it will be delivered again after a restart');
    });
  }

  /** Creates the queue or adds bindings to it; the bindings are on disk before publishers rely on them. */
  async function declareQueue(declaration: QueueDeclaration): Promise<ConsumerQueue> {
    const known = queues.get(declaration.consumer)?.types;
    const newTypes = declaration.types.filter((type) => !known?.has(type));
    // A restart must not drop messages for a binding a publisher already relied on.
    if (journal && newTypes.length > 0) {
      await journal.append([{ op: 'declare', consumer: declaration.consumer, types: newTypes }], { durable: true });
    }
    let queue = queues.get(declaration.consumer);
    if (!queue) {
      queue = newQueue(declaration.consumer);
      queues.set(declaration.consumer, queue);
    }
    for (const type of declaration.types) queue.types.add(type);
    return queue;
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
      const copies = [...queues.values()]
        .filter((queue) => queue.types.has(message.type))
        .map((queue) => ({ queue, delivery: { copyId: journal?.nextId(), body, attempt: 1 } }));
      if (journal && copies.length > 0) {
        await journal.append(
          copies.map(({ queue, delivery }) => ({ op: 'enqueue', id: delivery.copyId!, consumer: queue.name, body })),
          { durable: true },
        );
      }
      for (const { queue, delivery } of copies) {
        queue.ready.push(delivery);
        schedulePump(queue);
      }
    },

    async subscribe<T extends MessageType>(subscription: Subscription<T>) {
      assertOpen();
      const maxAttempts = checkedMaxAttempts(subscription);
      const queue = await declareQueue(subscription);
      queue.workers.push({
        // Routing only delivers the subscribed types to this queue, so the narrowing holds.
        handle: subscription.handle as (message: Message) => Promise<void>,
        maxAttempts,
        busy: false,
      });
      schedulePump(queue);
    },

    async declare(declarations) {
      assertOpen();
      for (const declaration of declarations) await declareQueue(declaration);
    },

    status() {
      return {
        connected: !closed,
        consumers: [...queues.values()].flatMap((queue) =>
          queue.workers.map(() => ({ consumer: queue.name, consuming: !closed })),
        ),
      };
    },

    deadLetters(consumer) {
      return [...(queues.get(consumer)?.deadLetters ?? [])];
    },

    async close() {
      closed = true;
      for (const timer of retryTimers) clearTimeout(timer);
      retryTimers.clear();
      await Promise.allSettled([...handlersUnderWay]);
      await journal?.close();
    },
  };
}

function newQueue(name: string): ConsumerQueue {
  return { name, types: new Set(), ready: [], workers: [], nextWorker: 0, pumpScheduled: false, deadLetters: [] };
}

function now(): string {
  return new Date().toISOString();
}

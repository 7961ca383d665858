import { randomUUID } from 'node:crypto';
import type { MessageType, QueueDeclaration } from '@tiffin/messages';
import type { Broker, Subscription } from './broker';
import { openBrokerJournal, type BrokerJournal, type BrokerJournalOptions } from './broker-journal';
import { checkedListLimit, identityInBody, type DeadLetter, type DeadLetterSummary } from './dead-letter';
import { defaultDeadLetterLimit } from './dead-letter-shelf';
import { ConsumerQueue, type Delivery, type Worker } from './embedded-queue';
import type { JournalRecord } from './journal-state';
import { consoleLogger, type BrokerLogger } from './logger';
import { orderingKeyOf } from './ordering-key';
import { checkedConcurrency } from './subscription-concurrency';
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
  /** When the journal compacts itself and whether appends share fsyncs; the defaults suit a service host. */
  journalOptions?: Pick<BrokerJournalOptions, 'compactAtBytes' | 'groupCommit'>;
  /** Dead letters kept per consumer; past it the oldest is dropped, counted and logged. Default 1000. */
  deadLetterLimit?: number;
}

export interface EmbeddedBroker extends Broker {
  /** What the consumer gave up on, oldest first, at most `deadLetterLimit`. Empty for an unknown consumer. */
  deadLetters(consumer: string): readonly DeadLetter[];
  /** How many of the consumer's dead letters were dropped to respect `deadLetterLimit`. */
  discardedDeadLetters(consumer: string): number;
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
  const deadLetterLimit = options.deadLetterLimit ?? defaultDeadLetterLimit;
  if (!Number.isInteger(deadLetterLimit) || deadLetterLimit < 1) throw new Error('deadLetterLimit must be an integer of at least 1');
  const queues = new Map<string, ConsumerQueue>();
  const handlersUnderWay = new Set<Promise<void>>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let closed = false;
  const journal: BrokerJournal | undefined = options.journalDir
    ? openBrokerJournal(options.journalDir, logger, { ...options.journalOptions, deadLetterLimit })
    : undefined;
  for (const [name, restored] of journal?.restored ?? []) {
    const queue = new ConsumerQueue(name, deadLetterLimit);
    for (const type of restored.types) queue.types.add(type);
    for (const [copyId, body] of restored.pending) queue.enqueue({ copyId, body, key: keyOfBody(body, copyId), attempt: 1 });
    for (const { letter } of restored.deadLetters.list()) queue.deadLetters.add(letter);
    queue.deadLetters.discarded = restored.deadLetters.discarded;
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
    while (!closed) {
      const next = queue.take();
      if (!next) return;
      const { delivery, worker } = next;
      worker.running++;
      const run = deliver(queue, worker, delivery).finally(() => {
        worker.running--;
        handlersUnderWay.delete(run);
        schedulePump(queue);
      });
      handlersUnderWay.add(run);
    }
  }

  async function deliver(queue: ConsumerQueue, worker: Worker, delivery: Delivery): Promise<void> {
    const decoded = decodeMessage(delivery.body);
    if (!decoded.ok) {
      await bury(queue, delivery, { id: randomUUID(), reason: 'malformed', body: delivery.body, error: decoded.error, deadAt: now() });
      logger.error({ consumer: queue.name, error: decoded.error }, 'malformed message moved to dead letters');
      return;
    }
    const { message } = decoded;
    try {
      await worker.handle(message, { attempt: delivery.attempt });
      await record(queue, delivery, { op: 'ack', id: delivery.copyId! });
      queue.release(delivery.key);
    } catch (err) {
      const error = describeError(err);
      const context = { consumer: queue.name, messageId: message.id, type: message.type, attempt: delivery.attempt };
      if (delivery.attempt >= worker.maxAttempts) {
        await bury(queue, delivery, { id: randomUUID(), reason: 'handler-failed', message, attempts: delivery.attempt, error, deadAt: now() });
        logger.error({ ...context, err }, 'message handler failed for the last time; moved to dead letters');
        return;
      }
      logger.warn({ ...context, err }, 'message handler failed; will retry');
      scheduleRetry(queue, { ...delivery, attempt: delivery.attempt + 1 });
    }
  }

  async function bury(queue: ConsumerQueue, delivery: Delivery, letter: DeadLetter): Promise<void> {
    const dropped = queue.deadLetters.add(letter);
    if (dropped) {
      logger.warn(
        { consumer: queue.name, limit: queue.deadLetters.limit, discarded: queue.deadLetters.discarded, droppedDeadAt: dropped.deadAt },
        'dead-letter limit reached; dropped the oldest dead letter',
      );
    }
    await record(queue, delivery, { op: 'dead', id: delivery.copyId!, consumer: queue.name, letter });
    queue.release(delivery.key);
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
      queue = new ConsumerQueue(declaration.consumer, deadLetterLimit);
      queues.set(declaration.consumer, queue);
    }
    for (const type of declaration.types) queue.types.add(type);
    return queue;
  }

  /**
   * Like a retry queue with a TTL, except that the message keeps its place: later messages with its
   * ordering key wait for it, others go ahead.
   */
  function scheduleRetry(queue: ConsumerQueue, delivery: Delivery): void {
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      queue.retry(delivery);
      schedulePump(queue);
    }, retryDelayMs);
    retryTimers.add(timer);
  }

  /**
   * Takes the letter off its shelf before anything is awaited, so two calls for one letter cannot both
   * act on it; if the journal cannot record the change, the letter goes back (at the end of the shelf).
   */
  async function unshelve(consumer: string, id: string, journalRecords: (letter: DeadLetter) => JournalRecord[]): Promise<DeadLetter | undefined> {
    assertOpen();
    const queue = queues.get(consumer);
    const letter = queue?.deadLetters.remove((candidate) => candidate.id === id);
    if (!queue || !letter) return undefined;
    try {
      if (journal) await journal.append([...journalRecords(letter), { op: 'unshelve', consumer, letterId: id }], { durable: true });
    } catch (error) {
      queue.deadLetters.add(letter);
      throw error;
    }
    return letter;
  }

  return {
    async publish(message) {
      assertOpen();
      const body = encodeMessage(message);
      const key = orderingKeyOf(message);
      // Like a topic exchange: a copy for every queue bound to the type, nothing if none is.
      const copies = [...queues.values()]
        .filter((queue) => queue.types.has(message.type))
        .map((queue) => ({ queue, delivery: { copyId: journal?.nextId(), body, key, attempt: 1 } }));
      if (journal && copies.length > 0) {
        await journal.append(
          copies.map(({ queue, delivery }) => ({ op: 'enqueue', id: delivery.copyId!, consumer: queue.name, body })),
          { durable: true },
        );
      }
      for (const { queue, delivery } of copies) {
        queue.enqueue(delivery);
        schedulePump(queue);
      }
    },

    async subscribe<T extends MessageType>(subscription: Subscription<T>) {
      assertOpen();
      const maxAttempts = checkedMaxAttempts(subscription);
      const concurrency = checkedConcurrency(subscription);
      const queue = await declareQueue(subscription);
      queue.workers.push({
        // Routing only delivers the subscribed types to this queue, so the narrowing holds.
        handle: subscription.handle as Worker['handle'],
        maxAttempts,
        concurrency,
        running: 0,
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

    async queueDepths(consumers) {
      return consumers.map((consumer) => {
        const queue = queues.get(consumer);
        return { consumer, waiting: queue?.waiting ?? 0, deadLetters: queue?.deadLetters.list().length ?? 0 };
      });
    },

    deadLetters(consumer) {
      return [...(queues.get(consumer)?.deadLetters.list() ?? [])];
    },

    async listDeadLetters(consumer, options = {}) {
      const limit = checkedListLimit(options.limit);
      const letters = queues.get(consumer)?.deadLetters.list() ?? [];
      return { consumer, count: letters.length, letters: letters.slice(0, limit).map(summaryOf) };
    },

    async inspectDeadLetter(consumer, id) {
      const letter = queues.get(consumer)?.deadLetters.list().find((candidate) => candidate.id === id);
      return letter && { ...summaryOf(letter), body: bodyOf(letter) };
    },

    async replayDeadLetter(consumer, id) {
      // The new copy's id is taken before the letter leaves the shelf, so both go in one journal write.
      const copyId = journal?.nextId();
      const letter = await unshelve(consumer, id, (dead) =>
        copyId === undefined ? [] : [{ op: 'enqueue', id: copyId, consumer, body: bodyOf(dead) }],
      );
      if (!letter) return false;
      const queue = queues.get(consumer)!;
      const body = bodyOf(letter);
      queue.enqueue({ copyId, body, key: keyOfBody(body, copyId ?? 0), attempt: 1 });
      schedulePump(queue);
      return true;
    },

    async discardDeadLetter(consumer, id) {
      return (await unshelve(consumer, id, () => [])) !== undefined;
    },

    discardedDeadLetters(consumer) {
      return queues.get(consumer)?.deadLetters.discarded ?? 0;
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

/** A restored message's ordering key; one that breaks the contract needs no order, it is dead-lettered. */
function keyOfBody(body: string, copyId: number): string {
  const decoded = decodeMessage(body);
  return decoded.ok ? orderingKeyOf(decoded.message) : `malformed:${copyId}`;
}

function bodyOf(letter: DeadLetter): string {
  return letter.reason === 'malformed' ? letter.body : encodeMessage(letter.message);
}

function summaryOf(letter: DeadLetter): DeadLetterSummary {
  const { id, reason, error, deadAt } = letter;
  if (reason === 'handler-failed') {
    return { id, messageId: letter.message.id, type: letter.message.type, reason, attempts: letter.attempts, error, deadAt };
  }
  return { id, ...identityInBody(letter.body), reason, attempts: 1, error, deadAt };
}

function now(): string {
  return new Date().toISOString();
}

import type { Message, MessageType } from '@tiffin/messages';
import type { DeadLetter } from './dead-letter';
import { DeadLetterShelf } from './dead-letter-shelf';

export interface Delivery {
  /** Names this queue's copy in the journal; absent without one. */
  copyId?: number;
  body: string;
  /** Messages with the same key are handled one at a time, in arrival order (see orderingKeyOf). */
  key: string;
  /** 1 for the first delivery, counting up with each retry. */
  attempt: number;
}

/** One subscriber on a queue; it handles up to `concurrency` messages at once, like a prefetch. */
export interface Worker {
  handle: (message: Message, delivery: { attempt: number }) => Promise<void>;
  maxAttempts: number;
  concurrency: number;
  running: number;
}

/**
 * One consumer's queue. Its messages wait in one lane per ordering key; a key is runnable while its
 * lane has messages and none of its messages is being handled or waiting for a retry, so messages
 * about one aggregate never overtake each other while different aggregates go side by side.
 */
export class ConsumerQueue {
  /** Bindings accumulate, as they do on a RabbitMQ queue declared again with more routing keys. */
  readonly types = new Set<MessageType>();
  readonly workers: Worker[] = [];
  readonly deadLetters: DeadLetterShelf<DeadLetter>;
  pumpScheduled = false;
  /** Deliveries in the lanes, not yet taken by a worker: the consumer's lag. */
  waiting = 0;
  private readonly lanes = new Map<string, Delivery[]>();
  /** Keys with a message ready and none under way, in the order they became ready (a Set keeps it). */
  private readonly runnable = new Set<string>();
  private readonly busyKeys = new Set<string>();
  /** Round-robin cursor, so competing subscribers share the work. */
  private nextWorker = 0;

  constructor(
    readonly name: string,
    deadLetterLimit: number,
  ) {
    this.deadLetters = new DeadLetterShelf(deadLetterLimit);
  }

  /** At the back of its key's lane: a new arrival. */
  enqueue(delivery: Delivery): void {
    this.waiting++;
    this.laneOf(delivery.key).push(delivery);
    if (!this.busyKeys.has(delivery.key)) this.runnable.add(delivery.key);
  }

  /**
   * The next message a worker with room may take, and that worker; the key stays busy until
   * `release` (handled or given up) or `retry`.
   */
  take(): { delivery: Delivery; worker: Worker } | undefined {
    if (this.runnable.size === 0) return undefined;
    const worker = this.workerWithRoom();
    if (!worker) return undefined;
    const key = this.runnable.values().next().value!;
    this.runnable.delete(key);
    const lane = this.lanes.get(key)!;
    const delivery = lane.shift()!;
    this.waiting--;
    if (lane.length === 0) this.lanes.delete(key);
    this.busyKeys.add(key);
    return { delivery, worker };
  }

  /** The key's next message may go now. */
  release(key: string): void {
    this.busyKeys.delete(key);
    if (this.lanes.has(key)) this.runnable.add(key);
  }

  /** After its delay, a failed message goes first in its lane, ahead of later messages with its key. */
  retry(delivery: Delivery): void {
    this.waiting++;
    this.laneOf(delivery.key).unshift(delivery);
    this.release(delivery.key);
  }

  private laneOf(key: string): Delivery[] {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = [];
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private workerWithRoom(): Worker | undefined {
    for (let i = 0; i < this.workers.length; i++) {
      const index = (this.nextWorker + i) % this.workers.length;
      const worker = this.workers[index]!;
      if (worker.running < worker.concurrency) {
        this.nextWorker = (index + 1) % this.workers.length;
        return worker;
      }
    }
    return undefined;
  }
}

import { randomUUID } from 'node:crypto';
import type { MessageType } from '@tiffin/messages';
import type { DeadLetter } from './dead-letter';
import { DeadLetterShelf } from './dead-letter-shelf';

/** One line of the journal. Ids number the queue copies of messages, so an ack names exactly one. */
export type JournalRecord =
  | { op: 'declare'; consumer: string; types: MessageType[] }
  | { op: 'enqueue'; id: number; consumer: string; body: string }
  | { op: 'ack'; id: number }
  | { op: 'dead'; id: number; consumer: string; letter: DeadLetter }
  /** A dead letter was replayed (its enqueue record comes first) or discarded. */
  | { op: 'unshelve'; consumer: string; letterId: string }
  /** Written by compaction only: how many dead letters the queue had dropped by then. */
  | { op: 'discarded'; consumer: string; count: number };

/** What a queue holds according to the journal: its bindings, unacked messages, dead letters. */
export interface JournaledQueue {
  types: Set<MessageType>;
  /** Oldest first; a Map keeps insertion order and forgets an acked copy in one step. */
  pending: Map<number, string>;
  deadLetters: DeadLetterShelf<{ letter: DeadLetter; bytes: number }>;
}

/**
 * The live state the journal's records add up to, kept up to date as records are written, so that
 * compaction can write it out at any moment and knows how many of the file's bytes are still live.
 * It holds only what is pending or on a dead-letter shelf, never the acknowledged past.
 */
export class JournalState {
  readonly queues = new Map<string, JournaledQueue>();
  /** One past the highest copy id seen. */
  nextId = 1;
  /** Bytes of the records that rewrite this state: what a compacted journal would weigh. */
  liveBytes = 0;
  private readonly pendingBytes = new Map<number, { queue: JournaledQueue; bytes: number }>();

  constructor(private readonly deadLetterLimit: number) {}

  /** `bytes` is the record's size on disk, newline included. */
  apply(record: JournalRecord, bytes: number): void {
    switch (record.op) {
      case 'declare': {
        const queue = this.queueOf(record.consumer);
        const before = queue.types.size;
        for (const type of record.types) queue.types.add(type);
        if (queue.types.size > before) this.liveBytes += bytes;
        break;
      }
      case 'enqueue': {
        const queue = this.queueOf(record.consumer);
        if (!queue.pending.has(record.id)) {
          queue.pending.set(record.id, record.body);
          this.pendingBytes.set(record.id, { queue, bytes });
          this.liveBytes += bytes;
        }
        this.nextId = Math.max(this.nextId, record.id + 1);
        break;
      }
      case 'ack':
        this.settle(record.id);
        break;
      case 'dead': {
        this.settle(record.id);
        // Journals written before dead letters had ids get one here; compaction then writes it down.
        const letter = record.letter.id ? record.letter : { ...record.letter, id: randomUUID() };
        const dropped = this.queueOf(record.consumer).deadLetters.add({ letter, bytes });
        this.liveBytes += bytes - (dropped?.bytes ?? 0);
        this.nextId = Math.max(this.nextId, record.id + 1);
        break;
      }
      case 'unshelve': {
        const removed = this.queues.get(record.consumer)?.deadLetters.remove(({ letter }) => letter.id === record.letterId);
        this.liveBytes -= removed?.bytes ?? 0;
        break;
      }
      case 'discarded':
        this.queueOf(record.consumer).deadLetters.discarded += record.count;
        break;
    }
  }

  /** The records that recreate this state and nothing else, oldest first: what compaction writes. */
  *liveRecords(): Generator<JournalRecord> {
    for (const [consumer, queue] of this.queues) {
      yield { op: 'declare', consumer, types: [...queue.types] };
      for (const [id, body] of queue.pending) yield { op: 'enqueue', id, consumer, body };
      if (queue.deadLetters.discarded > 0) yield { op: 'discarded', consumer, count: queue.deadLetters.discarded };
      // The id of a dead letter's copy is no longer needed once its enqueue record is gone.
      for (const { letter } of queue.deadLetters.list()) yield { op: 'dead', id: 0, consumer, letter };
    }
  }

  private settle(id: number): void {
    const pending = this.pendingBytes.get(id);
    if (!pending) return;
    pending.queue.pending.delete(id);
    this.pendingBytes.delete(id);
    this.liveBytes -= pending.bytes;
  }

  private queueOf(consumer: string): JournaledQueue {
    let queue = this.queues.get(consumer);
    if (!queue) {
      queue = { types: new Set(), pending: new Map(), deadLetters: new DeadLetterShelf(this.deadLetterLimit) };
      this.queues.set(consumer, queue);
    }
    return queue;
  }
}

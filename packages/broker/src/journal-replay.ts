import type { MessageType } from '@tiffin/contracts';
import type { DeadLetter } from './dead-letter';
import type { BrokerLogger } from './logger';

/** One line of the journal. Ids number the queue copies of messages, so an ack names exactly one. */
export type JournalRecord =
  | { op: 'declare'; consumer: string; types: MessageType[] }
  | { op: 'enqueue'; id: number; consumer: string; body: string }
  | { op: 'ack'; id: number }
  | { op: 'dead'; id: number; consumer: string; letter: DeadLetter };

export interface PendingCopy {
  id: number;
  body: string;
}

/** What a queue held when the journal was last written: its bindings, unacked messages, dead letters. */
export interface JournaledQueue {
  types: Set<MessageType>;
  /** Oldest first; a Map keeps insertion order and forgets an acked copy in one step. */
  pending: Map<number, string>;
  deadLetters: DeadLetter[];
}

export interface ReplayedJournal {
  queues: Map<string, JournaledQueue>;
  nextId: number;
}

/**
 * Rebuilds the live state from the journal's text. A line cut short by a crash mid-write can only be
 * the last one, so it is dropped with a warning; anything unreadable before it means the file was
 * damaged some other way, and guessing past it could lose or resurrect messages.
 */
export function replayJournal(text: string, file: string, logger: BrokerLogger): ReplayedJournal {
  const queues = new Map<string, JournaledQueue>();
  const owner = new Map<number, JournaledQueue>();
  let nextId = 1;
  const lines = text.split('\n');
  const lastNonEmpty = lines.findLastIndex((line) => line.trim() !== '');

  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const record = parseRecord(line);
    if (!record) {
      if (index === lastNonEmpty) {
        logger.warn({ file, line: index + 1 }, 'ignoring an incomplete last line in the broker journal');
        return;
      }
      throw new Error(`broker journal ${file} line ${index + 1} is corrupt: not a journal record`);
    }
    switch (record.op) {
      case 'declare': {
        const queue = queueOf(queues, record.consumer);
        for (const type of record.types) queue.types.add(type);
        break;
      }
      case 'enqueue': {
        const queue = queueOf(queues, record.consumer);
        queue.pending.set(record.id, record.body);
        owner.set(record.id, queue);
        nextId = Math.max(nextId, record.id + 1);
        break;
      }
      case 'ack':
        owner.get(record.id)?.pending.delete(record.id);
        owner.delete(record.id);
        break;
      case 'dead': {
        owner.get(record.id)?.pending.delete(record.id);
        owner.delete(record.id);
        queueOf(queues, record.consumer).deadLetters.push(record.letter);
        nextId = Math.max(nextId, record.id + 1);
        break;
      }
    }
  });
  return { queues, nextId };
}

/** The records that recreate `queues` and nothing else: what compaction writes. */
export function liveRecords(queues: ReadonlyMap<string, JournaledQueue>): JournalRecord[] {
  const records: JournalRecord[] = [];
  for (const [consumer, queue] of queues) {
    records.push({ op: 'declare', consumer, types: [...queue.types] });
    for (const [id, body] of queue.pending) records.push({ op: 'enqueue', id, consumer, body });
    // The id of a dead letter's copy is no longer needed once its enqueue record is gone.
    for (const letter of queue.deadLetters) records.push({ op: 'dead', id: 0, consumer, letter });
  }
  return records;
}

function queueOf(queues: Map<string, JournaledQueue>, consumer: string): JournaledQueue {
  let queue = queues.get(consumer);
  if (!queue) {
    queue = { types: new Set(), pending: new Map(), deadLetters: [] };
    queues.set(consumer, queue);
  }
  return queue;
}

function parseRecord(line: string): JournalRecord | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const isId = (value: unknown) => Number.isInteger(value);
  const isName = (value: unknown) => typeof value === 'string' && value !== '';
  switch (r.op) {
    case 'declare':
      return isName(r.consumer) && Array.isArray(r.types) && r.types.every(isName) ? (r as JournalRecord) : undefined;
    case 'enqueue':
      return isId(r.id) && isName(r.consumer) && typeof r.body === 'string' ? (r as JournalRecord) : undefined;
    case 'ack':
      return isId(r.id) ? (r as JournalRecord) : undefined;
    case 'dead':
      return isId(r.id) && isName(r.consumer) && typeof r.letter === 'object' && r.letter !== null
        ? (r as JournalRecord)
        : undefined;
    default:
      return undefined;
  }
}

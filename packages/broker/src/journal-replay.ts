import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { BrokerLogger } from './logger';
import { JournalState, type JournalRecord } from './journal-state';

/** Read size while replaying: memory for the file itself stays at one chunk and one line. */
const chunkBytes = 1 << 20;

/**
 * Rebuilds the live state from the journal file, reading it a chunk at a time so that a long journal
 * costs only what is still live. A line cut short by a crash mid-write can only be the last one, so
 * it is dropped with a warning; anything unreadable before it means the file was damaged some other
 * way, and guessing past it could lose or resurrect messages.
 */
export function replayJournal(file: string, deadLetterLimit: number, logger: BrokerLogger): JournalState {
  const state = new JournalState(deadLetterLimit);
  if (!fs.existsSync(file)) return state;
  let unreadable: number | undefined;
  forEachLine(file, (line, lineNumber) => {
    if (line.trim() === '') return;
    if (unreadable !== undefined) throw new Error(`broker journal ${file} line ${unreadable} is corrupt: not a journal record`);
    const record = parseRecord(line);
    if (record) state.apply(record, Buffer.byteLength(line) + 1);
    else unreadable = lineNumber;
  });
  if (unreadable !== undefined) logger.warn({ file, line: unreadable }, 'ignoring an incomplete last line in the broker journal');
  return state;
}

function forEachLine(file: string, visit: (line: string, lineNumber: number) => void): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(chunkBytes);
    // Decodes a multi-byte character split across two chunks correctly.
    const decoder = new StringDecoder('utf8');
    let carried = '';
    let lineNumber = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, chunkBytes, null);
      if (read === 0) break;
      const text = carried + decoder.write(buffer.subarray(0, read));
      const lines = text.split('\n');
      carried = lines.pop()!;
      for (const line of lines) visit(line, ++lineNumber);
    }
    carried += decoder.end();
    if (carried !== '') visit(carried, ++lineNumber);
  } finally {
    fs.closeSync(fd);
  }
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
    case 'unshelve':
      return isName(r.consumer) && isName(r.letterId) ? (r as JournalRecord) : undefined;
    case 'discarded':
      return isName(r.consumer) && isId(r.count) ? (r as JournalRecord) : undefined;
    default:
      return undefined;
  }
}

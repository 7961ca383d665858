import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { lockJournalDir } from './journal-lock';
import { liveRecords, replayJournal, type JournalRecord, type JournaledQueue } from './journal-replay';
import type { BrokerLogger } from './logger';

const writeFile = promisify(fs.writeFile);
const fdatasync = promisify(fs.fdatasync);

export interface BrokerJournal {
  /** The queues as they were when the journal was last written, to carry on from. */
  restored: ReadonlyMap<string, JournaledQueue>;
  /** A fresh id for a queue copy of a message. */
  nextId(): number;
  /**
   * Appends the records in one write, in call order. `durable` waits for fsync too: what a publisher
   * is told is safe must survive a crash, while a lost ack only means one more delivery.
   */
  append(records: readonly JournalRecord[], options: { durable: boolean }): Promise<void>;
  /** Waits for appends under way, then closes the file and releases the directory. */
  close(): Promise<void>;
}

/**
 * Opens (or starts) the journal in `journalDir`: takes the directory's lock, replays the journal and
 * compacts it down to the live state, so it grows only with what happens during one run.
 */
export function openBrokerJournal(journalDir: string, logger: BrokerLogger): BrokerJournal {
  fs.mkdirSync(journalDir, { recursive: true });
  const lock = lockJournalDir(journalDir);
  try {
    const file = path.join(journalDir, 'journal.jsonl');
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const { queues, nextId } = replayJournal(text, file, logger);
    compact(file, liveRecords(queues));
    return appendingJournal(file, queues, nextId, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Temp file, fsync, rename, fsync the directory: a crash leaves either the old journal or the new one. */
function compact(file: string, records: readonly JournalRecord[]): void {
  const draft = `${file}.compacting`;
  const fd = fs.openSync(draft, 'w');
  try {
    fs.writeFileSync(fd, lines(records));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(draft, file);
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
}

function appendingJournal(
  file: string,
  restored: ReadonlyMap<string, JournaledQueue>,
  firstId: number,
  releaseLock: () => void,
): BrokerJournal {
  const fd = fs.openSync(file, 'a');
  let id = firstId;
  // One append at a time, so records land in the order they were asked for.
  let tail: Promise<void> = Promise.resolve();
  let closing: Promise<void> | undefined;

  return {
    restored,
    nextId: () => id++,
    append(records, { durable }) {
      const written = tail.then(async () => {
        await writeFile(fd, lines(records));
        if (durable) await fdatasync(fd);
      });
      tail = written.catch(() => {});
      return written;
    },
    close() {
      // A second close must not close the descriptor again: by then it may number another file.
      closing ??= tail.then(() => {
        fs.closeSync(fd);
        releaseLock();
      });
      return closing;
    },
  };
}

function lines(records: readonly JournalRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

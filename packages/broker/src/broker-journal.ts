import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { compactNow, draftPath, finishDraft, journalLine, syncDirectory, writeDraft, type CompactionDraft } from './journal-compaction';
import { lockJournalDir } from './journal-lock';
import { replayJournal } from './journal-replay';
import type { JournalRecord, JournalState, JournaledQueue } from './journal-state';
import type { BrokerLogger } from './logger';

const writeAll = promisify(fs.writeFile);
const fdatasync = promisify(fs.fdatasync);

export interface BrokerJournalOptions {
  /** Dead letters kept per consumer, as on the broker, so the journal drops the same ones. */
  deadLetterLimit: number;
  /**
   * The journal is compacted while it runs once it is at least this big and its dead records (acked
   * messages, dropped dead letters) outweigh the live ones two to one. Default 8 MiB.
   */
  compactAtBytes?: number;
  /**
   * Appends that arrive while a write is under way share the next write and fsync (group commit).
   * False gives each append its own write and fsync, as before; kept to measure the difference.
   */
  groupCommit?: boolean;
}

export interface BrokerJournal {
  /** The queues as they were when the journal was last written, to carry on from. Read it before appending. */
  restored: ReadonlyMap<string, JournaledQueue>;
  /** A fresh id for a queue copy of a message. */
  nextId(): number;
  /**
   * Appends the records, in call order. `durable` waits for fsync too: what a publisher is told is
   * safe must survive a crash, while a lost ack only means one more delivery.
   */
  append(records: readonly JournalRecord[], options: { durable: boolean }): Promise<void>;
  /** Waits for appends and a compaction under way, then closes the file and releases the directory. */
  close(): Promise<void>;
}

const defaultCompactAtBytes = 8 * 1024 * 1024;
/** Dead bytes per live byte beyond which rewriting the live ones is worth it. */
const deadToLiveRatio = 2;

/**
 * Opens (or starts) the journal in `journalDir`: takes the directory's lock, replays the journal as a
 * stream and compacts it down to the live state; from then on it compacts itself whenever it has
 * grown mostly dead, so it stays in proportion to what is pending, however long the broker runs.
 */
export function openBrokerJournal(journalDir: string, logger: BrokerLogger, options: BrokerJournalOptions): BrokerJournal {
  fs.mkdirSync(journalDir, { recursive: true });
  const lock = lockJournalDir(journalDir);
  try {
    const file = path.join(journalDir, 'journal.jsonl');
    const state = replayJournal(file, options.deadLetterLimit, logger);
    compactNow(file, state);
    return appendingJournal(file, state, options, logger, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

interface Append {
  records: readonly JournalRecord[];
  lines: string[];
  durable: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Compaction {
  /** What was written to the old journal after the draft's snapshot, to be added to the draft. */
  since: string[];
  /** Set once the draft is written; the writer switches to it between two batches. */
  draft?: CompactionDraft;
  finished: Promise<void>;
  finish: () => void;
}

function appendingJournal(
  file: string,
  state: JournalState,
  options: BrokerJournalOptions,
  logger: BrokerLogger,
  releaseLock: () => void,
): BrokerJournal {
  const { compactAtBytes = defaultCompactAtBytes, groupCommit = true } = options;
  let fd = fs.openSync(file, 'a');
  let fileBytes = fs.fstatSync(fd).size;
  let id = state.nextId;
  const queued: Append[] = [];
  let writing: Promise<void> | undefined;
  let compaction: Compaction | undefined;
  let closing: Promise<void> | undefined;

  function startWriting(): void {
    writing ??= writeQueued().finally(() => {
      writing = undefined;
      if (queued.length > 0 || compaction?.draft) startWriting();
    });
  }

  /** The only code that touches the live file descriptor, so batches and the switch never interleave. */
  async function writeQueued(): Promise<void> {
    while (queued.length > 0 || compaction?.draft) {
      if (compaction?.draft) {
        await switchToDraft(compaction, compaction.draft);
        continue;
      }
      const batch = groupCommit ? queued.splice(0) : queued.splice(0, 1);
      const text = batch.map((append) => append.lines.join('')).join('');
      try {
        await writeAll(fd, text);
      } catch (error) {
        cutOffAfterFailedWrite();
        for (const append of batch) append.reject(error);
        continue;
      }
      fileBytes += Buffer.byteLength(text);
      compaction?.since.push(text);
      // An ack is never fsync'ed, so it need not wait for the publishes it shares a write with.
      settle(batch.filter((append) => !append.durable));
      const durable = batch.filter((append) => append.durable);
      if (durable.length > 0) {
        try {
          await fdatasync(fd);
        } catch (error) {
          // Their lines are whole, so a restart may still deliver them: at least once, as after any refusal.
          for (const append of durable) append.reject(error);
          continue;
        }
        settle(durable);
      }
      considerCompaction();
    }
  }

  /** Written (and fsync'ed if asked): the live state follows, then the callers hear. */
  function settle(appends: readonly Append[]): void {
    for (const append of appends) {
      append.records.forEach((record, i) => state.apply(record, Buffer.byteLength(append.lines[i]!)));
    }
    for (const append of appends) append.resolve();
  }

  /**
   * A write that failed half-way may have left part of a line; the next records would follow it and
   * turn it into a corrupt line mid-file, which replay refuses. Cutting the file back keeps it whole.
   */
  function cutOffAfterFailedWrite(): void {
    try {
      fs.ftruncateSync(fd, fileBytes);
    } catch (error) {
      logger.error({ file, err: error }, 'could not cut a failed write off the broker journal');
    }
  }

  function considerCompaction(): void {
    if (compaction || closing) return;
    if (fileBytes < compactAtBytes || fileBytes - state.liveBytes <= deadToLiveRatio * state.liveBytes) return;
    let finish!: () => void;
    const started: Compaction = { since: [], finished: new Promise<void>((resolve) => (finish = resolve)), finish };
    compaction = started;
    writeDraft(file, state).then(
      (draft) => {
        started.draft = draft;
        startWriting();
      },
      (error: unknown) => {
        logger.error({ file, err: error }, 'could not write a compacted broker journal; carrying on with the old one');
        abandon(started);
      },
    );
  }

  async function switchToDraft(started: Compaction, draft: CompactionDraft): Promise<void> {
    const before = fileBytes;
    let bytes: number;
    try {
      bytes = await finishDraft(file, draft, started.since);
    } catch (error) {
      logger.error({ file, err: error }, 'could not put the compacted broker journal in place; carrying on with the old one');
      fs.close(draft.fd, () => {});
      abandon(started);
      return;
    }
    const old = fd;
    fd = draft.fd;
    fileBytes = bytes;
    compaction = undefined;
    started.finish();
    fs.close(old, () => {});
    try {
      // The rename is durable only once the directory is; until then a crash leaves the old journal, which is whole.
      syncDirectory(file);
    } catch (error) {
      logger.warn({ file, err: error }, 'could not fsync the broker journal directory after compaction');
    }
    logger.info({ file, bytesBefore: before, bytesAfter: bytes }, 'broker journal compacted');
  }

  function abandon(started: Compaction): void {
    fs.rmSync(draftPath(file), { force: true });
    compaction = undefined;
    started.finish();
  }

  return {
    restored: state.queues,
    nextId: () => id++,
    append(records, { durable }) {
      if (closing) return Promise.reject(new Error('broker journal is closed'));
      return new Promise<void>((resolve, reject) => {
        queued.push({ records, lines: records.map(journalLine), durable, resolve, reject });
        startWriting();
      });
    },
    close() {
      // A second close must not close the descriptor again: by then it may number another file.
      closing ??= (async () => {
        await compaction?.finished;
        while (writing) await writing;
        fs.closeSync(fd);
        releaseLock();
      })();
      return closing;
    },
  };
}

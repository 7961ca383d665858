import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { JournalRecord, JournalState } from './journal-state';

const writeAll = promisify(fs.writeFile);
const open = promisify(fs.open);
const close = promisify(fs.close);
const fdatasync = promisify(fs.fdatasync);

/** Bytes handed to one write call while writing a compacted journal. */
const chunkBytes = 1 << 20;

export const draftPath = (file: string) => `${file}.compacting`;

export function journalLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * At open, before anything else touches the file: temp file, fsync, rename, fsync the directory, so
 * a crash leaves either the old journal or the new one.
 */
export function compactNow(file: string, state: JournalState): void {
  const fd = fs.openSync(draftPath(file), 'w');
  try {
    for (const chunk of chunks(state)) fs.writeFileSync(fd, chunk);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(draftPath(file), file);
  syncDirectory(file);
}

/** A compacted journal written beside the live one, not yet in its place. */
export interface CompactionDraft {
  fd: number;
  bytes: number;
}

/**
 * Writes what `state` holds now into the draft file while appends carry on into the live journal.
 * The state is serialised synchronously first, so the draft is the state at this instant however
 * long the writing takes; the caller keeps the records written after it and adds them at the switch.
 */
export async function writeDraft(file: string, state: JournalState): Promise<CompactionDraft> {
  const snapshot = [...chunks(state)];
  await fs.promises.rm(draftPath(file), { force: true });
  // Append mode, like the live journal: after a failed write is cut off, the next lands at the end.
  const fd = await open(draftPath(file), 'a');
  try {
    let bytes = 0;
    for (const chunk of snapshot) {
      await writeAll(fd, chunk);
      bytes += Buffer.byteLength(chunk);
    }
    return { fd, bytes };
  } catch (error) {
    await close(fd);
    throw error;
  }
}

/**
 * Completes the draft with the records written since its snapshot and puts it in the journal's place.
 * Once this resolves the draft is the journal; if it rejects before the rename, the old one still is.
 */
export async function finishDraft(file: string, draft: CompactionDraft, since: readonly string[]): Promise<number> {
  let bytes = draft.bytes;
  for (const text of since) {
    await writeAll(draft.fd, text);
    bytes += Buffer.byteLength(text);
  }
  await fdatasync(draft.fd);
  fs.renameSync(draftPath(file), file);
  return bytes;
}

export function syncDirectory(file: string): void {
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
}

/** The state's records as text in write-sized pieces. */
function* chunks(state: JournalState): Generator<string> {
  let chunk = '';
  for (const record of state.liveRecords()) {
    chunk += journalLine(record);
    if (chunk.length >= chunkBytes) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

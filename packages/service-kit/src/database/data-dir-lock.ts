import path from 'node:path';
import { acquireProcessLock, type ProcessLock } from '@tiffin/process-lock';

/**
 * PGlite does not notice a second process opening the same data directory, and two writers
 * corrupt it; this lock turns that into a clear error instead.
 */
export function lockDataDir(dataDir: string): ProcessLock {
  return acquireProcessLock(
    lockFileOf(dataDir),
    `database directory ${dataDir}`,
    'an embedded PGlite database can be open only once at a time',
  );
}

/** Beside the directory, not in it: PostgreSQL's initdb only accepts an empty directory. */
export function lockFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

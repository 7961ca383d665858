import fs from 'node:fs';
import path from 'node:path';

export interface DataDirLock {
  release(): void;
}

/**
 * PGlite does not notice a second process opening the same data directory, and two writers
 * corrupt it; this lock file (holding the owner's pid) turns that into a clear error instead.
 * A lock left behind by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  // Beside the directory, not in it: PostgreSQL's initdb only accepts an empty directory.
  const lockPath = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockPath)) return { release: () => fs.rmSync(lockPath, { force: true }) };
    const owner = readOwner(lockPath);
    if (owner !== undefined && isAlive(owner)) {
      const who = owner === process.pid ? 'this process' : `process ${owner}`;
      throw new Error(
        `database directory ${dataDir} is in use by ${who}: an embedded PGlite database can be open only once at a time`,
      );
    }
    if (owner !== undefined) fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`database directory ${dataDir} is in use: another process took its lock at the same moment`);
}

export function lockFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/** Written aside and linked into place, so a reader never sees a lock file without its pid. */
function tryCreate(lockPath: string): boolean {
  const draft = `${lockPath}.${process.pid}`;
  fs.writeFileSync(draft, String(process.pid));
  try {
    fs.linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/** The pid in the lock file, or undefined if the owner released it meanwhile. */
function readOwner(lockPath: string): number | undefined {
  try {
    return Number(fs.readFileSync(lockPath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import fs from 'node:fs';

export interface ProcessLock {
  release(): void;
}

/**
 * Claims something on disk for this process: the lock file holds the owner's pid, and a lock left
 * behind by a process that died is taken over. `resource` and `rule` name what is locked and why,
 * for the error a second claimant gets.
 */
export function acquireProcessLock(lockPath: string, resource: string, rule: string): ProcessLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockPath)) return { release: () => fs.rmSync(lockPath, { force: true }) };
    const owner = readOwner(lockPath);
    if (owner !== undefined && isAlive(owner)) {
      const who = owner === process.pid ? 'this process' : `process ${owner}`;
      throw new Error(`${resource} is in use by ${who}: ${rule}`);
    }
    if (owner !== undefined) fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`${resource} is in use: another process took its lock at the same moment`);
}

/** Written aside and linked into place (exclusive, like O_EXCL), so a reader never sees a lock without its pid. */
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

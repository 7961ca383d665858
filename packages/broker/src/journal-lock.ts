import path from 'node:path';
import { acquireProcessLock, type ProcessLock } from '@tiffin/process-lock';

/**
 * Two brokers appending to one journal would each replay and compact over the other's records, so a
 * journal directory belongs to one process at a time.
 */
export function lockJournalDir(journalDir: string): ProcessLock {
  return acquireProcessLock(
    path.join(journalDir, 'lock'),
    `broker journal ${journalDir}`,
    'only one embedded broker may use it at a time',
  );
}

import { startPeriodic, type Periodic } from '@tiffin/service-kit';
import type { IdentityContext } from '../context';
import { pruneExpiredSessions } from './session-store';

/** Expired sessions are refused at once; deleting them can wait this long. */
const pruneIntervalMs = 10 * 60 * 1000;

export function pruneSessionsPeriodically(context: IdentityContext): Periodic {
  return startPeriodic(
    'session pruning',
    pruneIntervalMs,
    async () => {
      const pruned = await pruneExpiredSessions(context.db);
      if (pruned > 0) context.logger.info({ sessions: pruned }, 'deleted expired sessions');
    },
    context.logger,
  );
}

import { startPeriodic, type Periodic } from '@tiffin/service-kit';
import type { IdentityContext } from '../context';
import { pruneSignInAttempts } from '../sign-in-limits/sign-in-attempts';
import { pruneExpiredSessions } from './session-store';

/** Expired sessions are refused at once, and old sign-in attempts no longer count; deleting them can wait this long. */
const pruneIntervalMs = 10 * 60 * 1000;

export function pruneSessionsPeriodically(context: IdentityContext): Periodic {
  return startPeriodic(
    'session pruning',
    pruneIntervalMs,
    async () => {
      const pruned = await pruneExpiredSessions(context.db);
      if (pruned > 0) context.logger.info({ sessions: pruned }, 'deleted expired sessions');
      const attempts = await pruneSignInAttempts(context.db);
      if (attempts > 0) context.logger.info({ attempts }, 'deleted sign-in attempts past their window');
    },
    context.logger,
  );
}

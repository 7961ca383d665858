import { problem, sessionsStillOpen, sessionsStillOpenRequest } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { IdentityContext } from '../context';
import { stillOpenSessions } from '../sessions/session-store';

/**
 * For the edges' live streams: which of these sessions are still open. A stream outlives the request
 * that checked its session, so each edge asks this about all of its streams' sessions at once, every
 * second, and ends the streams of sessions that ended anywhere.
 */
export function sessionsStillOpenRoute(app: HttpApp, context: IdentityContext): void {
  app.post(
    '/sessions/still-open',
    { schema: { body: sessionsStillOpenRequest, response: { 200: sessionsStillOpen, 400: problem } } },
    async (request) => ({ open: await stillOpenSessions(context.db, request.body.tokens) }),
  );
}

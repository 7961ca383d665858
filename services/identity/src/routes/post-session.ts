import { createdSession, createSessionRequest, problem, wrongCredentialsMessage } from '@tiffin/contracts';
import { ProblemError, type HttpApp } from '@tiffin/http-kit';
import type { IdentityContext } from '../context';
import { accountWithPassword } from '../accounts/check-password';
import { startSession } from '../sessions/session-store';

/** Sign-in, for the edge: a new session for the right email and password, one message for every wrong pair. */
export function postSessionRoute(app: HttpApp, context: IdentityContext): void {
  app.post(
    '/sessions',
    { schema: { body: createSessionRequest, response: { 201: createdSession, 400: problem, 401: problem } } },
    async (request, reply) => {
      const account = await accountWithPassword(context.db, request.body.email, request.body.password);
      if (!account) throw new ProblemError(401, wrongCredentialsMessage);
      return reply.code(201).send(await startSession(context.db, account));
    },
  );
}

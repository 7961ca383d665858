import { createdSession, createSessionRequest, problem, wrongCredentialsMessage } from '@tiffin/contracts';
import { ProblemError, type HttpApp } from '@tiffin/http-kit';
import type { IdentityContext } from '../context';
import { accountWithPassword } from '../accounts/check-password';
import { startSession } from '../sessions/session-store';
import { beginSignInAttempt, signInFailed, signInSucceeded } from '../sign-in-limits/sign-in-attempts';

/**
 * Sign-in, for the edge: a new session for the right email and password, one message for every wrong
 * pair, and 429 once the account has been guessed at too often from the client's network (or the
 * network has guessed too often), with the right password too: that is what stops the guessing.
 */
export function postSessionRoute(app: HttpApp, context: IdentityContext): void {
  app.post(
    '/sessions',
    { schema: { body: createSessionRequest, response: { 201: createdSession, 400: problem, 401: problem, 429: problem } } },
    async (request, reply) => {
      const { email, password, clientAddress } = request.body;
      const begun = await beginSignInAttempt(context.db, email, clientAddress);
      if ('refusal' in begun) {
        reply.header('retry-after', String(begun.refusal.retryAfterSeconds));
        throw new ProblemError(429, begun.refusal.message);
      }
      const account = await accountWithPassword(context.db, email, password);
      if (!account) {
        await signInFailed(context.db, begun.attempt);
        throw new ProblemError(401, wrongCredentialsMessage);
      }
      await signInSucceeded(context.db, begun.attempt);
      return reply.code(201).send(await startSession(context.db, account));
    },
  );
}

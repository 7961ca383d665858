import { z } from 'zod';
import { problem, signedInSession } from '@tiffin/contracts';
import { ProblemError, type HttpApp } from '@tiffin/http-kit';
import type { FastifyRequest } from 'fastify';
import type { IdentityContext } from '../context';
import { endSession, findSession } from '../sessions/session-store';
import { bearerTokenOf } from '../sessions/session-tokens';

function tokenOf(request: FastifyRequest): string {
  const token = bearerTokenOf(request.headers.authorization);
  if (!token) throw new ProblemError(401, 'authorization must be "Bearer <session token>"');
  return token;
}

/** The edge asks who holds a session cookie (GET) and ends the session on sign-out (DELETE). */
export function currentSessionRoutes(app: HttpApp, context: IdentityContext): void {
  app.get('/sessions/current', { schema: { response: { 200: signedInSession, 401: problem } } }, async (request) => {
    const session = await findSession(context.db, tokenOf(request));
    if (!session) throw new ProblemError(401, 'the session has ended: sign in again');
    return session;
  });

  app.delete('/sessions/current', { schema: { response: { 204: z.null(), 401: problem } } }, async (request, reply) => {
    await endSession(context.db, tokenOf(request));
    return reply.code(204).send(null);
  });
}

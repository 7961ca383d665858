import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionLifetimeMs, sessionToken, signInRequest, wrongCredentialsMessage, type SignedInSession } from '@tiffin/contracts';
import { IdentityUnavailable, type IdentityClient } from './identity-client';
import { sendProblem, signInNeededMessage, signInUnavailableMessage, whoUnknownMessage } from './problems';
import { clientAddressOf, comesFromAnotherSite, csrfRefusal } from './request-guards';
import { sessionTokenOf, type SessionCookie } from './session-cookie';
import type { LiveStreams } from '../live/live-streams';
import type { SessionLookup } from './session-lookup';

export interface AuthRoutesOptions {
  identity: IdentityClient;
  sessions: SessionLookup;
  publicOrigin: string;
  cookie: SessionCookie;
  /** A session that ends here ends its live streams here at once (other edges notice within a second). */
  liveStreams: LiveStreams;
}

/**
 * Sign-in, the current session and sign-out, on the edge: the only place that sees the session
 * cookie. The identity service checks passwords, limits guessing and keeps sessions; the edge tells it
 * the client's address, sets the cookie, and answers the page with who is signed in and the CSRF
 * token its calls must echo.
 */
export function authRoutes(app: FastifyInstance, options: AuthRoutesOptions): void {
  const { identity, sessions, publicOrigin, cookie, liveStreams } = options;
  const tokenOf = (request: FastifyRequest) => sessionTokenOf(request, cookie);

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/auth/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.post('/auth/sign-in', async (request, reply) => {
    if (comesFromAnotherSite(request, publicOrigin)) {
      return sendProblem(request, reply, 403, 'sign-in is only accepted from Tiffin’s own page');
    }
    const parsed = signInRequest.safeParse(request.body);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${['body', ...issue.path].join('.')}: ${issue.message}`).join('; ');
      return sendProblem(request, reply, 400, message);
    }
    let created;
    try {
      created = await identity.signIn({ ...parsed.data, clientAddress: clientAddressOf(request) }, request.id);
    } catch (error) {
      return unavailable(request, reply, error, signInUnavailableMessage);
    }
    if ('refused' in created) {
      if (created.refused === 'wrong') return sendProblem(request, reply, 401, wrongCredentialsMessage);
      reply.header('retry-after', String(created.retryAfterSeconds));
      return sendProblem(request, reply, 429, created.message);
    }
    await endPreviousSession(request);
    reply.setCookie(cookie.name, created.token, { ...cookie.options, maxAge: Math.floor(sessionLifetimeMs / 1000) });
    return { identity: created.identity, csrfToken: created.csrfToken } satisfies SignedInSession;
  });

  app.get('/auth/session', async (request, reply) => {
    let session;
    try {
      session = await sessions.find(tokenOf(request), request.id);
    } catch (error) {
      return unavailable(request, reply, error, whoUnknownMessage);
    }
    if (!session) {
      // A cookie naming an ended session is of no further use to the browser.
      if (tokenOf(request) !== undefined) reply.clearCookie(cookie.name, cookie.options);
      return sendProblem(request, reply, 401, signInNeededMessage);
    }
    return session;
  });

  app.post('/auth/sign-out', async (request, reply) => {
    const token = tokenOf(request);
    let session;
    try {
      session = await sessions.find(token, request.id);
    } catch (error) {
      return unavailable(request, reply, error, whoUnknownMessage);
    }
    if (!token || !session) {
      reply.clearCookie(cookie.name, cookie.options);
      return sendProblem(request, reply, 401, signInNeededMessage);
    }
    const refused = csrfRefusal(request, session);
    if (refused) return sendProblem(request, reply, 403, refused);
    try {
      await identity.signOut(token, request.id);
    } catch (error) {
      return unavailable(request, reply, error, 'signing out is unavailable right now; try again in a moment');
    }
    sessions.forget(token);
    liveStreams.endSession(token);
    reply.clearCookie(cookie.name, cookie.options);
    return reply.status(204).send();
  });

  /** Signing in again from a signed-in browser ends the session its old cookie named, if it can. */
  async function endPreviousSession(request: FastifyRequest): Promise<void> {
    const previous = tokenOf(request);
    if (!previous || !sessionToken.safeParse(previous).success) return;
    sessions.forget(previous);
    liveStreams.endSession(previous);
    await identity.signOut(previous, request.id).catch((error: unknown) => request.log.warn({ err: error }, 'could not end the previous session'));
  }

  function unavailable(request: FastifyRequest, reply: FastifyReply, error: unknown, message: string): FastifyReply {
    if (!(error instanceof IdentityUnavailable)) throw error;
    request.log.warn({ err: error }, 'identity service unavailable');
    return sendProblem(request, reply, 503, message);
  }
}

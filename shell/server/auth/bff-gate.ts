import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { identityHeader } from '@tiffin/contracts';
import { signIdentity } from '@tiffin/http-kit';
import { IdentityUnavailable } from './identity-client';
import { sendProblem, signInNeededMessage, whoUnknownMessage } from './problems';
import { changesState, csrfRefusal } from './request-guards';
import { sessionTokenOf, type SessionCookie } from './session-cookie';
import type { SessionLookup } from './session-lookup';

export interface BffGate {
  /** onRequest for one BFF's routes: 401 without a session, 403 without the CSRF token when it matters. */
  check(bff: string): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
  /** The headers the BFF gets: none of the browser's x-tiffin-* nor its cookies; the identity, signed. */
  forwardedHeaders(request: FastifyRequest, headers: IncomingHttpHeaders): IncomingHttpHeaders;
  /** The session token the gate let this request through with (none for a public route). */
  sessionTokenOf(request: FastifyRequest): string | undefined;
}

/** A BFF's API description is for anyone, signed in or not. */
function isPublic(bff: string, request: FastifyRequest): boolean {
  return request.method === 'GET' && request.url.split('?')[0] === `/bff/${bff}/openapi.json`;
}

/**
 * What stands between the browser and the BFFs: the caller is settled here, from the session cookie,
 * and vouched for to the BFF with a signed header. Whatever identity the browser claims is dropped.
 */
export function createBffGate(options: { sessions: SessionLookup; identitySecret: string; cookie: SessionCookie }): BffGate {
  const admitted = new WeakMap<FastifyRequest, { token: string; signedIdentity: string }>();

  return {
    check: (bff) => async (request, reply) => {
      if (isPublic(bff, request)) return;
      const token = sessionTokenOf(request, options.cookie);
      let session;
      try {
        session = await options.sessions.find(token, request.id);
      } catch (error) {
        if (!(error instanceof IdentityUnavailable)) throw error;
        request.log.warn({ err: error }, 'identity service unavailable');
        return sendProblem(request, reply, 503, whoUnknownMessage);
      }
      if (!session || !token) return sendProblem(request, reply, 401, signInNeededMessage);
      if (changesState(request)) {
        const refused = csrfRefusal(request, session);
        if (refused) return sendProblem(request, reply, 403, refused);
      }
      admitted.set(request, { token, signedIdentity: signIdentity(session.identity, options.identitySecret) });
    },

    forwardedHeaders(request, headers) {
      const forwarded: IncomingHttpHeaders = {};
      for (const [name, value] of Object.entries(headers)) {
        if (!name.startsWith('x-tiffin-') && name !== 'cookie') forwarded[name] = value;
      }
      const identity = admitted.get(request)?.signedIdentity;
      if (identity) forwarded[identityHeader] = identity;
      return forwarded;
    },

    sessionTokenOf: (request) => admitted.get(request)?.token,
  };
}

import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { csrfHeader, type SignedInSession } from '@tiffin/contracts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function changesState(request: FastifyRequest): boolean {
  return stateChanging.has(request.method);
}

/**
 * Why a state-changing request may not act for this session, or undefined when it may. The page
 * learnt the CSRF token from the session and echoes it in a header; a foreign site can make the
 * browser send the cookie but can neither read the token nor set the header.
 */
export function csrfRefusal(request: FastifyRequest, session: SignedInSession): string | undefined {
  const sent = request.headers[csrfHeader];
  if (typeof sent !== 'string' || sent === '') return `the ${csrfHeader} header is missing: reload the page and try again`;
  const given = Buffer.from(sent);
  const expected = Buffer.from(session.csrfToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return `the ${csrfHeader} header does not match this session: reload the page and try again`;
  }
  return undefined;
}

/**
 * Whether a browser sent this from another site's page: its Origin is neither the public origin nor
 * the origin it addressed (the Host it called, e.g. 127.0.0.1 instead of localhost). A request
 * without Origin is not a browser's cross-site form or fetch.
 */
export function comesFromAnotherSite(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const addressed = request.headers.host ? `${request.protocol}://${request.headers.host}` : undefined;
  return origin !== publicOrigin && origin !== addressed;
}

/**
 * The client's address: what the trusted proxy hop says (TIFFIN_TRUSTED_PROXIES), else the socket's
 * peer. A header value that is not an address, even from a trusted proxy, is not taken for one.
 */
export function clientAddressOf(request: FastifyRequest): string {
  return isIP(request.ip) !== 0 ? request.ip : (request.socket.remoteAddress ?? 'unknown');
}

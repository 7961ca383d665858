import type { FastifyRequest } from 'fastify';
import { sessionCookie } from '@tiffin/contracts';

export interface SessionCookie {
  name: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean };
}

/**
 * The session cookie: never readable by scripts, not sent on other sites' requests. Behind https it
 * is Secure and named `__Host-…`, which browsers accept only when Secure, for Path=/ and with no
 * Domain: no subdomain, and no page of the site over http, can set or shadow it. Plain-http
 * development keeps the bare name (browsers refuse `__Host-` without Secure).
 */
export function sessionCookieFor(publicOrigin: string): SessionCookie {
  const secure = publicOrigin.startsWith('https:');
  return { name: secure ? `__Host-${sessionCookie}` : sessionCookie, options: { httpOnly: true, sameSite: 'lax', path: '/', secure } };
}

/** The session cookie's value, as the browser sent it. */
export function sessionTokenOf(request: FastifyRequest, cookie: SessionCookie): string | undefined {
  return request.cookies[cookie.name];
}

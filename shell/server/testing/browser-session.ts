import { csrfHeader, sessionCookie, signedInSession, type Identity, type SignedInSession } from '@tiffin/contracts';
import { demoPassword } from '@tiffin/demo-accounts';

export interface BrowserSession extends SignedInSession {
  /** The Cookie header a browser would send back. */
  cookie: string;
  /** What the page sends on its calls: the cookie, and the CSRF token for state-changing ones. */
  headers: Record<string, string>;
}

/** The Set-Cookie line of the session cookie, under its plain name or its `__Host-` one (https). */
export function sessionCookieLine(response: Response): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${sessionCookie}=`) || line.startsWith(`__Host-${sessionCookie}=`));
}

/** The session cookie's value in a response's Set-Cookie headers, if it sets one. */
export function sessionCookieIn(response: Response): string | undefined {
  return sessionCookieLine(response)?.split(';')[0]?.split('=')[1];
}

/** Signs `who` in through the edge with the demo password, as the sign-in page does. */
export async function signInThroughEdge(edgeUrl: string, who: Identity, headers: Record<string, string> = {}): Promise<BrowserSession> {
  const response = await fetch(`${edgeUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: who.email, password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${who.email} answered ${response.status}: ${await response.text()}`);
  const session = signedInSession.parse(await response.json());
  const cookie = sessionCookieLine(response)?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { ...session, cookie, headers: { cookie, [csrfHeader]: session.csrfToken } };
}

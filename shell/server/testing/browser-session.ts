import { csrfHeader, sessionCookie, signedInSession, type Identity, type SignedInSession } from '@tiffin/contracts';
import { demoPassword } from '@tiffin/demo-accounts';

export interface BrowserSession extends SignedInSession {
  /** The Cookie header a browser would send back. */
  cookie: string;
  /** What the page sends on its calls: the cookie, and the CSRF token for state-changing ones. */
  headers: Record<string, string>;
}

/** The session cookie's value in a response's Set-Cookie headers, if it sets one. */
export function sessionCookieIn(response: Response): string | undefined {
  const set = response.headers.getSetCookie().find((line) => line.startsWith(`${sessionCookie}=`));
  return set?.split(';')[0]?.slice(sessionCookie.length + 1);
}

/** Signs `who` in through the edge with the demo password, as the sign-in page does. */
export async function signInThroughEdge(edgeUrl: string, who: Identity): Promise<BrowserSession> {
  const response = await fetch(`${edgeUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${who.email} answered ${response.status}: ${await response.text()}`);
  const session = signedInSession.parse(await response.json());
  const token = sessionCookieIn(response);
  if (!token) throw new Error('sign-in set no session cookie');
  const cookie = `${sessionCookie}=${token}`;
  return { ...session, cookie, headers: { cookie, [csrfHeader]: session.csrfToken } };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeader, loneSurrogateMessage, nulMessage, problem, signedInSession } from '@tiffin/contracts';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { closedPortUrl } from '@tiffin/http-kit/testing';
import { sessionCookieIn, signInThroughEdge } from '../testing/browser-session';
import { startEdgeWithIdentity, type EdgeWithIdentity } from '../testing/edge-with-identity';

let tiffin: EdgeWithIdentity;
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([]);
});
afterAll(() => tiffin?.stop());

const signIn = (body: unknown, headers: Record<string, string> = {}, edgeUrl = tiffin.edgeUrl) =>
  fetch(`${edgeUrl}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const messageOf = async (response: Response) => problem.parse(await response.json()).message;

describe('signing in at the edge', () => {
  it('answers who signed in and sets an httpOnly, SameSite=Lax session cookie for the whole site, not Secure over http', async () => {
    const response = await signIn({ email: demoAccounts.asha.email, password: demoPassword });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = signedInSession.parse(await response.json());
    expect(session.identity).toEqual(demoAccounts.asha);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tiffin_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=604800/);
    expect(cookie).not.toMatch(/Secure/);
    // The token is the cookie's alone: the page never sees it.
    expect(JSON.stringify(session)).not.toContain(sessionCookieIn(response));
  });

  it('makes the cookie Secure and __Host- prefixed when Tiffin is opened over https, and honours only that name', async () => {
    const httpsEdge = await tiffin.anotherEdge({}, { TIFFIN_PUBLIC_ORIGIN: 'https://tiffin.example.com' });
    const response = await signIn({ email: demoAccounts.leo.email, password: demoPassword }, { origin: 'https://tiffin.example.com' }, httpsEdge);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('__Host-tiffin_session='))!;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    const token = sessionCookieIn(response)!;
    expect((await fetch(`${httpsEdge}/auth/session`, { headers: { cookie: `__Host-tiffin_session=${token}` } })).status).toBe(200);
    // A cookie without the prefix could have been set by a subdomain or an http page: it is nobody here.
    expect((await fetch(`${httpsEdge}/auth/session`, { headers: { cookie: `tiffin_session=${token}` } })).status).toBe(401);
  });

  it('knows the session from the cookie afterwards, and answers 401 without one', async () => {
    const browser = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.rosa);
    const known = await fetch(`${tiffin.edgeUrl}/auth/session`, { headers: { cookie: browser.cookie } });
    expect(known.status).toBe(200);
    expect(signedInSession.parse(await known.json())).toEqual({ identity: demoAccounts.rosa, csrfToken: browser.csrfToken });
    const nobody = await fetch(`${tiffin.edgeUrl}/auth/session`);
    expect(nobody.status).toBe(401);
    expect(await messageOf(nobody)).toBe('sign in to use Tiffin');
  });

  it('says the email or password is wrong, the same for both, and sets no cookie', async () => {
    for (const body of [
      { email: demoAccounts.kofi.email, password: 'guess' },
      { email: 'nobody@tiffin.example', password: demoPassword },
    ]) {
      const response = await signIn(body);
      expect(response.status).toBe(401);
      expect(await messageOf(response)).toBe('email or password is wrong');
      expect(sessionCookieIn(response)).toBeUndefined();
    }
  });

  it('answers 400 naming the field that is missing or wrong', async () => {
    const noPassword = await signIn({ email: demoAccounts.kofi.email });
    expect(noPassword.status).toBe(400);
    expect(await messageOf(noPassword)).toMatch(/^body\.password: /);
    const shortEmail = await signIn({ email: 'a', password: demoPassword });
    expect(await messageOf(shortEmail)).toBe('body.email: enter your email');
  });

  it('answers 400 for an email or password the identity service could not look up, not 503', async () => {
    const nul = await signIn({ email: `${demoAccounts.kofi.email}\u0000`, password: demoPassword });
    expect([nul.status, await messageOf(nul)]).toEqual([400, `body.email: ${nulMessage}`]);
    const surrogate = await signIn({ email: demoAccounts.kofi.email, password: '\udc00' });
    expect([surrogate.status, await messageOf(surrogate)]).toEqual([400, `body.password: ${loneSurrogateMessage}`]);
  });

  it('refuses a sign-in posted from another site’s page', async () => {
    const response = await signIn({ email: demoAccounts.asha.email, password: demoPassword }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(sessionCookieIn(response)).toBeUndefined();
    const sameOrigin = await signIn({ email: demoAccounts.asha.email, password: demoPassword }, { origin: tiffin.edgeUrl });
    expect(sameOrigin.status).toBe(200);
  });

  it('answers 503 "sign-in is unavailable right now" when the identity service cannot be reached', async () => {
    const cutOff = await tiffin.anotherEdge({}, { TIFFIN_IDENTITY_SERVICE_URL: await closedPortUrl() });
    const response = await signIn({ email: demoAccounts.asha.email, password: demoPassword }, {}, cutOff);
    expect(response.status).toBe(503);
    expect(await messageOf(response)).toBe('sign-in is unavailable right now');
  });
});

describe('signing out at the edge', () => {
  it('needs the CSRF token, then ends the session: the cookie is cleared and the old cookie is nobody', async () => {
    const browser = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.guest);
    const signOut = (headers: Record<string, string>) => fetch(`${tiffin.edgeUrl}/auth/sign-out`, { method: 'POST', headers });

    const forged = await signOut({ cookie: browser.cookie });
    expect(forged.status).toBe(403);
    expect(await messageOf(forged)).toMatch(/x-csrf-token header is missing/);
    expect((await fetch(`${tiffin.edgeUrl}/auth/session`, { headers: { cookie: browser.cookie } })).status).toBe(200);

    const out = await signOut(browser.headers);
    expect(out.status).toBe(204);
    const cleared = out.headers.getSetCookie().find((line) => line.startsWith('tiffin_session='))!;
    expect(cleared).toMatch(/^tiffin_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

    expect((await fetch(`${tiffin.edgeUrl}/auth/session`, { headers: { cookie: browser.cookie } })).status).toBe(401);
    expect((await signOut({ cookie: browser.cookie, [csrfHeader]: browser.csrfToken })).status).toBe(401);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostAndPort, startFaultProxy, throughProxy } from '@tiffin/fault-proxy';
import { csrfHeader, identity, identityHeader, problem } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { identityOf, signIdentity, type HttpApp } from '@tiffin/http-kit';
import { closedPortUrl, signedInAs } from '@tiffin/http-kit/testing';
import { signInThroughEdge, type BrowserSession } from '../testing/browser-session';
import { startEdgeWithIdentity, type EdgeWithIdentity } from '../testing/edge-with-identity';

/** What reached the BFF: the caller it verified, and every x-tiffin-* header and cookie it was sent. */
let bffCalls = 0;
function whoami(app: HttpApp): void {
  const answer = (request: Parameters<typeof identityOf>[0]) => {
    bffCalls += 1;
    return {
      identity: identityOf(request),
      tiffinHeaders: Object.keys(request.headers).filter((name) => name.startsWith('x-tiffin-')).sort(),
      cookie: request.headers.cookie ?? null,
    };
  };
  app.get('/whoami', async (request) => answer(request));
  app.post('/whoami', async (request) => answer(request));
}

let tiffin: EdgeWithIdentity;
let leo: BrowserSession;
let staff: BrowserSession;
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([whoami]);
  leo = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.leo);
  staff = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.bombayStaff);
});
afterAll(() => tiffin?.stop());
afterEach(() => {
  vi.useRealTimers();
});

const bff = (path: string, init: RequestInit = {}) => fetch(`${tiffin.edgeUrl}/bff/catalog${path}`, init);
const messageOf = async (response: Response) => problem.parse(await response.json()).message;

describe('the edge in front of the BFFs', () => {
  it('answers 401 itself when there is no session, without bothering the BFF', async () => {
    const before = bffCalls;
    for (const cookie of [undefined, 'tiffin_session=not-a-token', `tiffin_session=${'A'.repeat(43)}`]) {
      const response = await bff('/whoami', { headers: cookie ? { cookie } : {} });
      expect(response.status).toBe(401);
      expect(await messageOf(response)).toBe('sign in to use Tiffin');
    }
    expect(bffCalls).toBe(before);
  });

  it('lets anyone read a BFF’s openapi.json', async () => {
    const response = await bff('/openapi.json');
    expect(response.status).toBe(200);
    // The BFF's own document, generated from its routes (defineBff serves it).
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/whoami');
  });

  it('tells the BFF who the session belongs to, in a header the BFF verifies', async () => {
    const response = await bff('/whoami', { headers: { cookie: staff.cookie } });
    expect(response.status).toBe(200);
    const seen = (await response.json()) as { identity: unknown; tiffinHeaders: string[]; cookie: string | null };
    expect(identity.parse(seen.identity)).toEqual(demoAccounts.bombayStaff);
    expect(seen.tiffinHeaders).toEqual([identityHeader]);
    // The session token stays at the edge.
    expect(seen.cookie).toBeNull();
  });

  it('drops every identity the browser claims and sends the session’s instead', async () => {
    const claimed = {
      ...signedInAs(demoAccounts.bombayStaff),
      'x-tiffin-consumer-id': demoAccounts.asha.consumerId,
      'x-tiffin-role': 'staff',
    };
    const response = await bff('/whoami', { headers: { ...claimed, cookie: leo.cookie } });
    expect(response.status).toBe(200);
    const seen = (await response.json()) as { identity: unknown; tiffinHeaders: string[] };
    expect(identity.parse(seen.identity)).toEqual(demoAccounts.leo);
    expect(seen.tiffinHeaders).toEqual([identityHeader]);
  });

  it('a BFF reached directly refuses an identity header that was not signed with the installation’s secret', async () => {
    const forged = signIdentity(demoAccounts.bombayStaff, 'someone-elses-secret-0123456789abcdef-xyz');
    const direct = await fetch(`${tiffin.bffUrl}/whoami`, { headers: { [identityHeader]: forged } });
    expect(direct.status).toBe(401);
    const unsigned = await fetch(`${tiffin.bffUrl}/whoami`, {
      headers: { [identityHeader]: Buffer.from(JSON.stringify(demoAccounts.bombayStaff)).toString('base64url') },
    });
    expect(unsigned.status).toBe(401);
  });

  it('refuses a state-changing call without the session’s CSRF token, naming what is wrong', async () => {
    const missing = await bff('/whoami', { method: 'POST', headers: { cookie: leo.cookie } });
    expect(missing.status).toBe(403);
    expect(await messageOf(missing)).toMatch(/^the x-csrf-token header is missing/);

    const another = await bff('/whoami', { method: 'POST', headers: { cookie: leo.cookie, [csrfHeader]: staff.csrfToken } });
    expect(another.status).toBe(403);
    expect(await messageOf(another)).toMatch(/^the x-csrf-token header does not match this session/);

    const right = await bff('/whoami', { method: 'POST', headers: leo.headers });
    expect(right.status).toBe(200);
    expect(identity.parse(((await right.json()) as { identity: unknown }).identity)).toEqual(demoAccounts.leo);
  });

  it('stops letting a session through the moment it signs out', async () => {
    const browser = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.kofi);
    expect((await bff('/whoami', { headers: { cookie: browser.cookie } })).status).toBe(200);
    expect((await fetch(`${tiffin.edgeUrl}/auth/sign-out`, { method: 'POST', headers: browser.headers })).status).toBe(204);
    expect((await bff('/whoami', { headers: { cookie: browser.cookie } })).status).toBe(401);
  });

  it('answers 503 for a BFF call when it cannot check the session', async () => {
    const cutOff = await tiffin.anotherEdge({}, { TIFFIN_IDENTITY_SERVICE_URL: await closedPortUrl() });
    const response = await fetch(`${cutOff}/bff/catalog/whoami`, { headers: { cookie: leo.cookie } });
    expect(response.status).toBe(503);
    expect(await messageOf(response)).toBe('Tiffin cannot check who you are right now; try again in a moment');
  });

  it('asks the identity service about a session once every few seconds, not on every call', async () => {
    const network = await startFaultProxy(hostAndPort(tiffin.identityUrl));
    const edgeUrl = await tiffin.anotherEdge({ sessionCacheMs: 2_000 }, { TIFFIN_IDENTITY_SERVICE_URL: throughProxy(tiffin.identityUrl, network) });
    const browser = await signInThroughEdge(edgeUrl, demoAccounts.lotusStaff);
    // The window is the edge's clock (Date.now()), moved by the test; sockets keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    const whoami = () => fetch(`${edgeUrl}/bff/catalog/whoami`, { headers: { cookie: browser.cookie } });
    expect((await whoami()).status).toBe(200);

    // The identity service is cut off: calls inside the window are still answered from what the edge knows.
    network.refuse();
    network.dropConnections();
    for (let i = 0; i < 5; i += 1) expect((await whoami()).status).toBe(200);
    vi.advanceTimersByTime(1_999);
    expect((await whoami()).status).toBe(200);
    // Two seconds after the edge asked, it asks again, and cannot.
    vi.advanceTimersByTime(1);
    expect((await whoami()).status).toBe(503);
    await network.close();
  });
});

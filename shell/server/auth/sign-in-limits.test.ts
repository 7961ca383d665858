import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { startEdgeWithIdentity, type EdgeWithIdentity } from '../testing/edge-with-identity';

/**
 * The edge behind an ingress: every request reaches it from the ingress's address (here loopback),
 * and the client's own address comes in X-Forwarded-For, which the edge believes only from a hop it
 * was told to trust. Failed sign-ins are counted by the identity service, so every edge shares them.
 */
let tiffin: EdgeWithIdentity;
/** Two edge instances behind one ingress (loopback), sharing one identity service. */
let edgeA: string;
let edgeB: string;
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([]);
  edgeA = await tiffin.anotherEdge({}, { TIFFIN_TRUSTED_PROXIES: '127.0.0.1' });
  edgeB = await tiffin.anotherEdge({}, { TIFFIN_TRUSTED_PROXIES: 'loopback' });
});
afterAll(() => tiffin?.stop());

function signInAt(edgeUrl: string, forwardedFor?: string) {
  return (email: string, password: string) =>
    fetch(`${edgeUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ email, password }),
    });
}
const messageOf = async (response: Response) => problem.parse(await response.json()).message;

describe('sign-in limits behind a proxy', () => {
  it('locks an account for the attacker’s address only: the owner, elsewhere, still signs in', async () => {
    const attacker = signInAt(edgeA, '203.0.113.66');
    for (let i = 0; i < 5; i += 1) expect((await attacker(demoAccounts.asha.email, `guess-${i}`)).status).toBe(401);
    const refused = await attacker(demoAccounts.asha.email, demoPassword);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60);
    expect(await messageOf(refused)).toBe('Too many wrong passwords for this email. For your safety, try again in 15 minutes.');

    expect((await signInAt(edgeA, '198.51.100.7')(demoAccounts.asha.email, demoPassword)).status).toBe(200);
  });

  it('holds the limits across two edge instances sharing one identity service', async () => {
    for (let i = 0; i < 3; i += 1) expect((await signInAt(edgeA, '203.0.113.77')(demoAccounts.leo.email, 'guess')).status).toBe(401);
    for (let i = 0; i < 2; i += 1) expect((await signInAt(edgeB, '203.0.113.77')(demoAccounts.leo.email, 'guess')).status).toBe(401);
    expect((await signInAt(edgeA, '203.0.113.77')(demoAccounts.leo.email, demoPassword)).status).toBe(429);
    expect((await signInAt(edgeB, '203.0.113.77')(demoAccounts.leo.email, demoPassword)).status).toBe(429);
    expect((await signInAt(edgeB, '198.51.100.8')(demoAccounts.leo.email, demoPassword)).status).toBe(200);
  });

  it('refuses an address after 20 failures whatever the emails, and nobody else', async () => {
    const noisy = signInAt(edgeB, '203.0.113.88');
    for (let i = 0; i < 20; i += 1) expect((await noisy(`guess${i}@tiffin.example`, 'guess')).status).toBe(401);
    const refused = await noisy(demoAccounts.kofi.email, demoPassword);
    expect(refused.status).toBe(429);
    expect(await messageOf(refused)).toBe('Too many failed sign-ins from your network. Try again in 15 minutes.');
    expect((await signInAt(edgeA, '198.51.100.9')(demoAccounts.kofi.email, demoPassword)).status).toBe(200);
  });

  it('takes the nearest address no trusted proxy holds, not what the client wrote before it', async () => {
    const twoProxies = await tiffin.anotherEdge({}, { TIFFIN_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' });
    // The client wrote a fresh address each time; the ingress (10.0.0.2) appended the one it saw.
    for (let i = 0; i < 5; i += 1) expect((await signInAt(twoProxies, `192.0.2.${i}, 203.0.113.99, 10.0.0.2`)(demoAccounts.rosa.email, 'guess')).status).toBe(401);
    expect((await signInAt(twoProxies, '192.0.2.200, 203.0.113.99, 10.0.0.2')(demoAccounts.rosa.email, demoPassword)).status).toBe(429);
  });

  it('takes no header value for an address, even from a trusted proxy: the sign-in is answered, not a 503', async () => {
    for (const forwarded of ['unknown', 'x'.repeat(300), '::ffff:not-an-ip']) {
      expect((await signInAt(edgeA, forwarded)(demoAccounts.taqueriaStaff.email, 'guess')).status).toBe(401);
    }
    expect((await signInAt(edgeA, 'unknown')(demoAccounts.taqueriaStaff.email, demoPassword)).status).toBe(200);
  });

  it('never believes X-Forwarded-For from an edge told to trust no proxy: a new address per guess escapes nothing', async () => {
    for (let i = 0; i < 5; i += 1) expect((await signInAt(tiffin.edgeUrl, `192.0.2.${i + 10}`)(demoAccounts.guest.email, 'guess')).status).toBe(401);
    expect((await signInAt(tiffin.edgeUrl, '192.0.2.99')(demoAccounts.guest.email, demoPassword)).status).toBe(429);
  });
});

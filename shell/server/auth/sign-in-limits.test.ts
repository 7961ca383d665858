import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { startEdgeWithIdentity, type EdgeWithIdentity } from '../testing/edge-with-identity';

let tiffin: EdgeWithIdentity;
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([]);
});
afterAll(() => tiffin?.stop());

function signInAt(edgeUrl: string) {
  return (email: string, password: string) =>
    fetch(`${edgeUrl}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

describe('sign-in limits at the edge', () => {
  it('refuses an email after 5 wrong passwords with 429 and when to try again, even with the right one; the window passing lets it in', async () => {
    let clock = Date.now();
    const signIn = signInAt(await tiffin.anotherEdge({ signInLimits: { now: () => clock } }));
    for (let i = 0; i < 5; i += 1) expect((await signIn(demoAccounts.asha.email, 'guess')).status).toBe(401);

    const refused = await signIn(demoAccounts.asha.email, demoPassword);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60);
    expect(problem.parse(await refused.json()).message).toBe('Too many wrong passwords for this email. For your safety, try again in 15 minutes.');
    // Other accounts are not locked out by it.
    expect((await signIn(demoAccounts.leo.email, demoPassword)).status).toBe(200);

    clock += 15 * 60 * 1000 + 1;
    expect((await signIn(demoAccounts.asha.email, demoPassword)).status).toBe(200);
  });

  it('starts the count again after the right password', async () => {
    const signIn = signInAt(await tiffin.anotherEdge());
    for (let i = 0; i < 4; i += 1) expect((await signIn(demoAccounts.rosa.email, 'guess')).status).toBe(401);
    expect((await signIn(demoAccounts.rosa.email, demoPassword)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await signIn(demoAccounts.rosa.email, 'guess')).status).toBe(401);
    expect((await signIn(demoAccounts.rosa.email, demoPassword)).status).toBe(200);
  });

  it('refuses a client address after 20 failures, whichever emails they tried', async () => {
    const signIn = signInAt(await tiffin.anotherEdge({ signInLimits: { perAddress: 20 } }));
    for (let i = 0; i < 20; i += 1) expect((await signIn(`guess${i}@tiffin.example`, 'guess')).status).toBe(401);
    const refused = await signIn(demoAccounts.kofi.email, demoPassword);
    expect(refused.status).toBe(429);
    expect(problem.parse(await refused.json()).message).toBe('Too many failed sign-ins from your network. Try again in 15 minutes.');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { problem } from '@tiffin/contracts';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { signInAttempts } from '../db/schema';
import { identityDatabases, identityUnderTest, type IdentityUnderTest } from '../testing/identity-under-test';
import { pruneSignInAttempts } from './sign-in-attempts';

const attacker = '203.0.113.66';
const owner = '198.51.100.7';
const tooManyForEmail = 'Too many wrong passwords for this email. For your safety, try again in 15 minutes.';

describe.each(identityDatabases)('sign-in limits on the identity service (%s)', (database) => {
  let identity: IdentityUnderTest;
  beforeAll(async () => {
    identity = await identityUnderTest(database);
    await identity.service.start();
  });
  afterAll(() => identity.dispose());
  afterEach(() => {
    vi.useRealTimers();
  });

  const signIn = (email: string, password: string, clientAddress: string) =>
    identity.service.app.inject({ method: 'POST', url: '/sessions', payload: { email, password, clientAddress } });
  const guess = async (email: string, clientAddress: string, times: number) => {
    for (let i = 0; i < times; i += 1) expect((await signIn(email, `guess-${i}`, clientAddress)).statusCode).toBe(401);
  };

  it('refuses an account from the network that guessed 5 wrong passwords, the right one too, and not from anywhere else', async () => {
    await guess(demoAccounts.asha.email, attacker, 5);
    const refused = await signIn(demoAccounts.asha.email, demoPassword, attacker);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(15 * 60));
    expect(problem.parse(refused.json()).message).toBe(tooManyForEmail);
    // The owner, on their own network, is not locked out by someone else's guesses.
    expect((await signIn(demoAccounts.asha.email, demoPassword, owner)).statusCode).toBe(201);
    // And a shared demo account stays usable for everyone else.
    expect((await signIn(` ${demoAccounts.asha.email.toUpperCase()} `, 'guess', attacker)).statusCode).toBe(429);
  });

  it('lets the network in again once the oldest failure leaves the 15-minute window', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await guess(demoAccounts.leo.email, attacker, 5);
    vi.advanceTimersByTime(15 * 60 * 1000 - 1_000);
    const later = await signIn(demoAccounts.leo.email, demoPassword, attacker);
    expect([later.statusCode, later.headers['retry-after']]).toEqual([429, '1']);
    vi.advanceTimersByTime(1_000);
    expect((await signIn(demoAccounts.leo.email, demoPassword, attacker)).statusCode).toBe(201);
  });

  it('starts an email’s count from a network again after the right password', async () => {
    await guess(demoAccounts.rosa.email, owner, 4);
    expect((await signIn(demoAccounts.rosa.email, demoPassword, owner)).statusCode).toBe(201);
    await guess(demoAccounts.rosa.email, owner, 4);
    expect((await signIn(demoAccounts.rosa.email, demoPassword, owner)).statusCode).toBe(201);
  });

  it('refuses a network after 20 failures whatever the emails, and no other network', async () => {
    const noisy = '192.0.2.20';
    for (let i = 0; i < 20; i += 1) expect((await signIn(`guess${i}@tiffin.example`, 'guess', noisy)).statusCode).toBe(401);
    const refused = await signIn(demoAccounts.kofi.email, demoPassword, noisy);
    expect(refused.statusCode).toBe(429);
    expect(problem.parse(refused.json()).message).toBe('Too many failed sign-ins from your network. Try again in 15 minutes.');
    expect((await signIn(demoAccounts.kofi.email, demoPassword, '192.0.2.21')).statusCode).toBe(201);
  });

  it('counts an IPv6 subscriber’s whole /64 as one network', async () => {
    for (let i = 1; i <= 5; i += 1) expect((await signIn(demoAccounts.guest.email, 'guess', `2001:db8:aa:bb::${i}`)).statusCode).toBe(401);
    expect((await signIn(demoAccounts.guest.email, demoPassword, '2001:db8:aa:bb:ffff::9')).statusCode).toBe(429);
    expect((await signIn(demoAccounts.guest.email, demoPassword, '2001:db8:aa:bc::1')).statusCode).toBe(201);
  });

  it('lets no more than 5 of a burst of parallel guesses be checked', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(demoAccounts.bombayStaff.email, `guess-${i}`, '192.0.2.30')));
    const statuses = burst.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401)).toEqual(Array(statuses.filter((status) => status !== 401).length).fill(429));
  });

  it('never counts sign-ins still under way against their network: a busy office signing in at once is let in', async () => {
    const everyone = Object.values(demoAccounts);
    const office = '192.0.2.50';
    const signedIn = await Promise.all([...everyone, ...everyone, ...everyone].map((who) => signIn(who.email, demoPassword, office)));
    expect(signedIn.length).toBeGreaterThan(20);
    expect(signedIn.map((response) => response.statusCode)).toEqual(signedIn.map(() => 201));
  });

  it('prunes attempts once they are past the window', async () => {
    await guess(demoAccounts.lotusStaff.email, '192.0.2.40', 1);
    expect(await pruneSignInAttempts(identity.service.db, new Date(Date.now() + 15 * 60 * 1000 + 1))).toBeGreaterThanOrEqual(1);
    expect(await identity.service.db.select().from(signInAttempts)).toEqual([]);
  });
});

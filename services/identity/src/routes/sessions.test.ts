import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createdSession, loneSurrogateMessage, nulMessage, problem, sessionsStillOpen, signedInSession } from '@tiffin/contracts';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema';
import { seedDemoAccounts } from '../accounts/seed-demo-accounts';
import { pruneExpiredSessions } from '../sessions/session-store';
import { tokenHashOf } from '../sessions/session-tokens';
import { identityDatabases, identityUnderTest, type IdentityUnderTest } from '../testing/identity-under-test';

describe.each(identityDatabases)('signing in and out on the identity service (%s)', (database) => {
  let identity: IdentityUnderTest;

  beforeAll(async () => {
    identity = await identityUnderTest(database);
    await identity.service.start();
  });
  afterAll(() => identity.dispose());

  /** Each call from a network of its own unless told: sign-in limits are tested on their own. */
  let networks = 0;
  const signIn = (email: string, password: string, clientAddress = `2001:db8:${(networks += 1).toString(16)}::1`) =>
    identity.service.app.inject({ method: 'POST', url: '/sessions', payload: { email, password, clientAddress } });
  const current = (token: string) =>
    identity.service.app.inject({ method: 'GET', url: '/sessions/current', headers: { authorization: bearer(token) } });
  const signOut = (token: string) =>
    identity.service.app.inject({ method: 'DELETE', url: '/sessions/current', headers: { authorization: bearer(token) } });

  it('signs a demo account in with the demo password, whatever the email’s case, and knows the session afterwards', async () => {
    const response = await signIn('  Bombay@Tiffin.Example ', demoPassword);
    expect(response.statusCode).toBe(201);
    const session = createdSession.parse(response.json());
    expect(session.identity).toEqual(demoAccounts.bombayStaff);
    expect(session.csrfToken).not.toBe(session.token);

    const known = await current(session.token);
    expect(known.statusCode).toBe(200);
    expect(signedInSession.parse(known.json())).toEqual({ identity: demoAccounts.bombayStaff, csrfToken: session.csrfToken });
  });

  it('gives each role the id its owner knows it by', async () => {
    for (const who of [demoAccounts.leo, demoAccounts.rosa]) {
      const session = createdSession.parse((await signIn(who.email, demoPassword)).json());
      expect(session.identity).toEqual(who);
    }
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const wrongPassword = await signIn(demoAccounts.asha.email, 'not-the-password');
    const unknownEmail = await signIn('nobody@tiffin.example', demoPassword);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(problem.parse(response.json()).message).toBe('email or password is wrong');
    }
  });

  it('takes as long to refuse an unknown email as a wrong password (the scrypt work is done for both)', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      await signIn(email, 'not-the-password');
      return performance.now() - started;
    };
    // Warm, then the median of a few, so one slow tick on a busy machine does not decide it.
    await timed(demoAccounts.asha.email);
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) times.push(await timed(email));
      return times.sort((a, b) => a - b)[2]!;
    };
    const known = await median(demoAccounts.asha.email);
    const unknown = await median('nobody@tiffin.example');
    expect(unknown).toBeGreaterThan(known * 0.5);
  });

  it('names the field of a malformed sign-in', async () => {
    const response = await identity.service.app.inject({ method: 'POST', url: '/sessions', payload: { email: 'a@b.c', clientAddress: '203.0.113.1' } });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toMatch(/password/);
    const nowhere = await identity.service.app.inject({ method: 'POST', url: '/sessions', payload: { email: 'a@b.c', password: demoPassword } });
    expect(problem.parse(nowhere.json()).message).toMatch(/^body\.clientAddress: /);
  });

  it('refuses an email or password the database could not store with a 400 naming the field, not a failed lookup', async () => {
    const nul = await signIn('asha\u0000@tiffin.example', demoPassword);
    expect([nul.statusCode, problem.parse(nul.json()).message]).toEqual([400, `body.email: ${nulMessage}`]);
    const surrogate = await signIn(demoAccounts.asha.email, 'tiffin-\ud800demo');
    expect([surrogate.statusCode, problem.parse(surrogate.json()).message]).toEqual([400, `body.password: ${loneSurrogateMessage}`]);
  });

  it('keeps only the hash of a token: the stored row is not the token, and the row’s value does not sign in', async () => {
    const session = createdSession.parse((await signIn(demoAccounts.kofi.email, demoPassword)).json());
    const [row] = await identity.service.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHashOf(session.token)));
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(session.token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it('ends the session on sign-out: the token is refused afterwards, and signing out again is still 204', async () => {
    const session = createdSession.parse((await signIn(demoAccounts.guest.email, demoPassword)).json());
    expect((await signOut(session.token)).statusCode).toBe(204);
    const after = await current(session.token);
    expect(after.statusCode).toBe(401);
    expect(problem.parse(after.json()).message).toBe('the session has ended: sign in again');
    expect((await signOut(session.token)).statusCode).toBe(204);
  });

  it('refuses a missing or malformed token with 401', async () => {
    const missing = await identity.service.app.inject({ method: 'GET', url: '/sessions/current' });
    expect(missing.statusCode).toBe(401);
    const malformed = await identity.service.app.inject({ method: 'GET', url: '/sessions/current', headers: { authorization: 'Bearer x' } });
    expect(malformed.statusCode).toBe(401);
  });

  it('refuses a session past its end, and pruning deletes it', async () => {
    const session = createdSession.parse((await signIn(demoAccounts.mezzeStaff.email, demoPassword)).json());
    const hash = tokenHashOf(session.token);
    await identity.service.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.tokenHash, hash));
    expect((await current(session.token)).statusCode).toBe(401);
    expect(await pruneExpiredSessions(identity.service.db)).toBeGreaterThanOrEqual(1);
    expect(await identity.service.db.select().from(sessions).where(eq(sessions.tokenHash, hash))).toEqual([]);
  });

  it('says which of many sessions are still open: not one signed out, expired or never started', async () => {
    const [open, signedOut, expired] = await Promise.all(
      [demoAccounts.asha, demoAccounts.leo, demoAccounts.rosa].map(async (who) => createdSession.parse((await signIn(who.email, demoPassword)).json()).token),
    );
    await signOut(signedOut!);
    await identity.service.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.tokenHash, tokenHashOf(expired!)));
    const never = 'N'.repeat(43);
    const response = await identity.service.app.inject({ method: 'POST', url: '/sessions/still-open', payload: { tokens: [open, signedOut, expired, never] } });
    expect(response.statusCode).toBe(200);
    expect(sessionsStillOpen.parse(response.json())).toEqual({ open: [open] });
    const tooMany = await identity.service.app.inject({ method: 'POST', url: '/sessions/still-open', payload: { tokens: Array(1001).fill(never) } });
    expect([tooMany.statusCode, problem.parse(tooMany.json()).message]).toEqual([400, 'body.tokens: Too big: expected array to have <=1000 items']);
  });

  it('seeds once: seeding again, as the next start does, adds nobody and keeps the passwords working', async () => {
    expect(await seedDemoAccounts(identity.service.db)).toBe(0);
    expect((await signIn(demoAccounts.sakuraStaff.email, demoPassword)).statusCode).toBe(201);
  });
});

import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import { sessionLifetimeMs, type CreatedSession, type SignedInSession } from '@tiffin/contracts';
import type { IdentityDb } from '../context';
import { accounts, sessions } from '../db/schema';
import { identityOfAccount } from '../accounts/account-identity';
import { newCsrfToken, newSessionToken, tokenHashOf } from './session-tokens';

type Account = typeof accounts.$inferSelect;

/** A new session for the account, lasting sessionLifetimeMs; the token is answered once and kept only hashed. */
export async function startSession(db: IdentityDb, account: Account, now = new Date()): Promise<CreatedSession> {
  const token = newSessionToken();
  const csrfToken = newCsrfToken();
  await db.insert(sessions).values({
    tokenHash: tokenHashOf(token),
    csrfToken,
    accountId: account.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
  });
  return { token, csrfToken, identity: identityOfAccount(account) };
}

/** Who holds this token, while the session lasts. */
export async function findSession(db: IdentityDb, token: string, now = new Date()): Promise<SignedInSession | undefined> {
  const [found] = await db
    .select({ csrfToken: sessions.csrfToken, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHashOf(token)), gt(sessions.expiresAt, now)));
  return found ? { identity: identityOfAccount(found.account), csrfToken: found.csrfToken } : undefined;
}

/** Sign-out: the session is gone, whether or not it still existed. */
export async function endSession(db: IdentityDb, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHashOf(token)));
}

/** Deletes the sessions past their end (they are refused already; this keeps the table small). Returns how many. */
export async function pruneExpiredSessions(db: IdentityDb, now = new Date()): Promise<number> {
  const pruned = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash });
  return pruned.length;
}

/** Of these tokens, those whose session is still open. One indexed query, whatever their number. */
export async function stillOpenSessions(db: IdentityDb, tokens: readonly string[], now = new Date()): Promise<string[]> {
  if (tokens.length === 0) return [];
  const byHash = new Map(tokens.map((token) => [tokenHashOf(token), token]));
  const open = await db
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(and(inArray(sessions.tokenHash, [...byHash.keys()]), gt(sessions.expiresAt, now)));
  return open.map((row) => byHash.get(row.tokenHash)!);
}

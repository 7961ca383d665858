import { and, desc, eq, gt, lte, ne, type SQL } from 'drizzle-orm';
import type { IdentityDb } from '../context';
import { signInAttempts } from '../db/schema';
import { clientNetwork } from './client-network';

/**
 * Guessing is slowed per account *and* client network, and per network: an attacker's wrong
 * passwords lock that account for the attacker's network only, so the account's owner, anywhere
 * else, still signs in. Twenty failures from one network, whatever the emails, refuse that network.
 * Counted in the identity service's database, so every edge instance sees the same counts.
 */
export const signInLimits = {
  perEmailAndNetwork: 5,
  perNetwork: 20,
  windowMs: 15 * 60 * 1000,
} as const;

export interface SignInRefusal {
  retryAfterSeconds: number;
  message: string;
}

/** An attempt under way: recorded, its password not yet checked. */
export interface SignInAttempt {
  id: number;
  email: string;
  network: string;
}

function inMinutes(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'in a minute' : `in ${minutes} minutes`;
}

/**
 * Records the attempt, then counts the others in the window. The row goes in first so that a burst of
 * parallel guesses at one account counts itself: of two attempts, the one that counts last sees the
 * other, so no more than the limit get past however many arrive at once. The network's limit counts
 * failures only, so sign-ins under way on a busy network (an office, a campus) never count against
 * it. Refused attempts delete their row (a refusal does not push the window on); the caller settles
 * the others with signInFailed or signInSucceeded.
 */
export async function beginSignInAttempt(
  db: IdentityDb,
  email: string,
  address: string,
  now = new Date(),
): Promise<{ attempt: SignInAttempt } | { refusal: SignInRefusal }> {
  const attempt = { email: email.trim().toLowerCase(), network: clientNetwork(address) };
  const [row] = await db.insert(signInAttempts).values({ ...attempt, at: now }).returning({ id: signInAttempts.id });
  const id = row!.id;
  const since = new Date(now.getTime() - signInLimits.windowMs);

  /** When the limit-th most recent other attempt matching `where` was, if there are that many. */
  async function limitReachedAt(where: SQL | undefined, limit: number): Promise<Date | undefined> {
    const [found] = await db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(where, gt(signInAttempts.at, since), ne(signInAttempts.id, id)))
      .orderBy(desc(signInAttempts.at))
      .limit(1)
      .offset(limit - 1);
    return found?.at;
  }
  const refusal = (since: Date, message: (wait: string) => string): SignInRefusal => {
    const retryAfterSeconds = Math.max(1, Math.ceil((since.getTime() + signInLimits.windowMs - now.getTime()) / 1000));
    return { retryAfterSeconds, message: message(inMinutes(retryAfterSeconds)) };
  };

  const byAccount = await limitReachedAt(and(eq(signInAttempts.email, attempt.email), eq(signInAttempts.network, attempt.network)), signInLimits.perEmailAndNetwork);
  const byNetwork = byAccount
    ? undefined
    : await limitReachedAt(and(eq(signInAttempts.network, attempt.network), eq(signInAttempts.failed, true)), signInLimits.perNetwork);
  if (!byAccount && !byNetwork) return { attempt: { id, ...attempt } };
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
  return {
    refusal: byAccount
      ? refusal(byAccount, (wait) => `Too many wrong passwords for this email. For your safety, try again ${wait}.`)
      : refusal(byNetwork!, (wait) => `Too many failed sign-ins from your network. Try again ${wait}.`),
  };
}

/** A wrong password: the attempt now counts against the network too, for the rest of its window. */
export async function signInFailed(db: IdentityDb, attempt: SignInAttempt): Promise<void> {
  await db.update(signInAttempts).set({ failed: true }).where(eq(signInAttempts.id, attempt.id));
}

/** The right password: this email's count from this network starts again (the network keeps its other failures). */
export async function signInSucceeded(db: IdentityDb, attempt: SignInAttempt): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, attempt.email), eq(signInAttempts.network, attempt.network)));
}

/** Deletes attempts past the window: they count for nothing any more. Returns how many. */
export async function pruneSignInAttempts(db: IdentityDb, now = new Date()): Promise<number> {
  const pruned = await db
    .delete(signInAttempts)
    .where(lte(signInAttempts.at, new Date(now.getTime() - signInLimits.windowMs)))
    .returning({ id: signInAttempts.id });
  return pruned.length;
}

import { eq } from 'drizzle-orm';
import type { IdentityDb } from '../context';
import { accounts } from '../db/schema';
import { noAccountsPassword, passwordMatches } from '../passwords/password-hash';

/**
 * The account with this email and password, or undefined. An unknown email costs the same scrypt
 * work as a wrong password, so neither the answer nor its timing tells which one it was.
 */
export async function accountWithPassword(db: IdentityDb, email: string, password: string): Promise<typeof accounts.$inferSelect | undefined> {
  const [account] = await db.select().from(accounts).where(eq(accounts.email, email.trim().toLowerCase()));
  const matches = await passwordMatches(password, account ? { salt: account.passwordSalt, hash: account.passwordHash } : noAccountsPassword);
  return account && matches ? account : undefined;
}

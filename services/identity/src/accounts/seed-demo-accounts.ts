import { inArray } from 'drizzle-orm';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import type { IdentityDb } from '../context';
import { accounts } from '../db/schema';
import { hashPassword } from '../passwords/password-hash';
import { accountColumnsOf } from './account-identity';

/**
 * Makes sure every demo account exists, with the demo password. Fixed ids make it safe on every
 * start and for replicas starting together: an account that is there is left as it is (its password
 * too), and only missing ones pay for hashing. Returns how many it added.
 */
export async function seedDemoAccounts(db: IdentityDb): Promise<number> {
  const wanted = Object.values(demoAccounts);
  const present = new Set(
    (await db.select({ id: accounts.id }).from(accounts).where(inArray(accounts.id, wanted.map((who) => who.accountId)))).map((row) => row.id),
  );
  const missing = wanted.filter((who) => !present.has(who.accountId));
  if (missing.length === 0) return 0;
  const rows = await Promise.all(
    missing.map(async (who) => {
      const { salt, hash } = await hashPassword(demoPassword);
      return { ...accountColumnsOf(who), passwordSalt: salt, passwordHash: hash };
    }),
  );
  const added = await db.insert(accounts).values(rows).onConflictDoNothing().returning({ id: accounts.id });
  return added.length;
}

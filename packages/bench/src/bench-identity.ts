import { randomBytes } from 'node:crypto';
import { demoAccounts } from '@tiffin/demo-accounts';
import { identityHeader } from '@tiffin/contracts';
import { signIdentity } from '@tiffin/http-kit';

/**
 * The bench calls the order BFF directly, standing in for the edge: its BFFs get this run's secret
 * and each request carries the seeded guest's identity, signed as the edge signs it.
 */
export const benchIdentitySecret = randomBytes(32).toString('hex');

export function asBenchCustomer(): Record<string, string> {
  return { [identityHeader]: signIdentity(demoAccounts.guest, benchIdentitySecret) };
}

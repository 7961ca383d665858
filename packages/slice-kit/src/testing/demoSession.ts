import { demoAccounts, type DemoAccountName } from '@tiffin/demo-accounts';
import { session, type Session } from '@tiffin/slice-contract';

/** The session the edge would hand a demo account after sign-in. */
export function demoSession(account: DemoAccountName): Session {
  return session.parse({ identity: demoAccounts[account], csrfToken: 'csrf-token-of-a-test-session' });
}

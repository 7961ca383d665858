import { demoAccounts, session, type DemoAccountName, type Session } from '@tiffin/contracts';

/** The session the edge would hand a demo account after sign-in. */
export function demoSession(account: DemoAccountName): Session {
  return session.parse({ identity: demoAccounts[account], csrfToken: 'csrf-token-of-a-test-session' });
}

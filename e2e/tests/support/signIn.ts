import { expect, type BrowserContext } from '@playwright/test';
import { demoAccounts, demoPassword, type DemoAccountName } from '@tiffin/demo-accounts';

/**
 * Signs a whole browser context in as a demo account through the edge's sign-in API, so its pages
 * carry that session cookie. (The sign-in page itself is tested in sign-in.spec.ts.)
 */
export async function signIn(context: BrowserContext, name: DemoAccountName): Promise<void> {
  const { email } = demoAccounts[name];
  // A new context starts with the journeys' guest cookie, and signing in over a session ends that
  // session (the edge does so on purpose): the guest's, shared by every other journey. Start clean.
  await context.clearCookies();
  const response = await context.request.post('/auth/sign-in', { data: { email, password: demoPassword } });
  expect(response.status(), `signing in as ${email}: ${await response.text()}`).toBe(200);
}

/** Where the guest's session is kept for every spec that does not sign in as someone else. */
export const guestStorageState = 'test-results/.auth/guest.json';

import type { Browser, BrowserContext } from '@playwright/test';
import { demoAccounts, demoPassword, type DemoAccountName } from '@tiffin/demo-accounts';

/**
 * A browser context signed in as a demo account through the edge's sign-in API, as a person would
 * be, with the session's CSRF token for the calls that change something.
 */
export async function signedInContext(browser: Browser, baseURL: string, account: DemoAccountName): Promise<{ context: BrowserContext; csrfToken: string }> {
  const context = await browser.newContext({ baseURL });
  const response = await context.request.post('/auth/sign-in', { data: { email: demoAccounts[account].email, password: demoPassword } });
  if (response.status() !== 200) throw new Error(`signing in as ${demoAccounts[account].email} answered ${response.status()}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { context, csrfToken };
}

import { expect, test } from '@playwright/test';
import { signIn } from './support/signIn';

test('an expired card is shown at checkout with the reason, and cannot be chosen', async ({ browser }) => {
  const context = await browser.newContext();
  // Asha's Old Visa ended 01/24; her Work Mastercard is good.
  await signIn(context, 'asha');
  const page = await context.newPage();
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Mango Lassi' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();

  const expired = page.getByRole('radio', { name: /Old Visa/ });
  await expect(expired).toBeDisabled();
  await expect(expired).toHaveAccessibleDescription('Expired 01/24');
  await expect(page.getByRole('radio', { name: /Work Mastercard/ })).toBeChecked();
  await expired.click({ force: true });
  await expect(expired).not.toBeChecked();
  await page.screenshot({ path: test.info().outputPath('expired-card.png'), fullPage: true });
  await context.close();
});

import { expect, test } from '@playwright/test';

test('a customer who pays with a card that is always declined reads why the order was rejected', async ({ page }) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Butter Chicken' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await page.getByLabel('Delivery address').fill('4 Privet Drive');
  await page.getByRole('radio', { name: /Demo card that is always declined/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  // The order is accepted first, then the saga runs: ticket, card declined, ticket cancelled.
  await expect(page.getByRole('status').filter({ hasText: /^Not accepted$/ })).toBeVisible();
  await expect(page.getByText('Reason: Your card was declined by your bank')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Track delivery' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('declined-card.png') });
});

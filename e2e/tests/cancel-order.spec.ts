import { expect, test } from '@playwright/test';

test('a customer cancels an approved order and sees it CANCELLED', async ({ page }) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Butter Chicken' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await page.getByLabel('Delivery address').fill('4 Privet Drive');
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel order' }).click();

  // The delivery, the ticket and the card are undone first; the page follows until the order is CANCELLED.
  await expect(page.getByRole('status').filter({ hasText: /^Cancelled$/ })).toBeVisible();
  await expect(page.getByText('Your order is cancelled: nothing is charged to your card.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Cancel order|Cancelling/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Track delivery' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('cancelled-order.png') });
});

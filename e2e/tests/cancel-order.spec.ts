import { expect, test } from '@playwright/test';

test('a customer is asked before an approved order is cancelled, then sees it cancelled and the hold released', async ({ page }) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Butter Chicken' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await page.getByLabel('Delivery address').fill('4 Privet Drive');
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel order' }).click();

  // Asked first; keeping the order cancels nothing.
  const question = page.getByRole('alertdialog', { name: 'Cancel this order?' });
  await expect(question).toContainText('the hold on your card is released');
  await expect(question.getByRole('button', { name: 'Keep my order' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('cancel-asks-first.png') });
  await question.getByRole('button', { name: 'Keep my order' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel order' }).click();
  await question.getByRole('button', { name: 'Yes, cancel order' }).click();

  // The delivery, the ticket and the card are undone first; the page follows until the order is CANCELLED.
  await expect(page.getByRole('status').filter({ hasText: /^Cancelled$/ })).toBeVisible();
  await expect(page.getByText('Your order is cancelled: nothing is charged to your card.')).toBeVisible();
  await expect(page.getByText(/^The hold of \$\d+\.\d\d on your card is released: nothing is charged$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Cancel order|Cancelling/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Track delivery' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('cancelled-order.png') });
});

import { expect, test } from '@playwright/test';
import { stopDeliveryService } from './support/deliveryRelay';
import { placeApprovedOrder } from './support/placeOrder';
import { signIn } from './support/signIn';

test('the order page shows the rest of the order, and says what is missing, while the delivery service is down', async ({ context, page }) => {
  await signIn(context, 'leo');
  await placeApprovedOrder(page, '9 Fallback Road');
  await expect(page.getByText('Waiting for a courier to take it')).toBeVisible();
  await expect(page.getByText(/is held on your card for this order/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('order-details.png'), fullPage: true });

  const notice = page.getByText('Delivery details are unavailable right now; your order is not affected.');
  const startAgain = stopDeliveryService();
  try {
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Order from Bombay Tiffin House' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: /Butter Chicken/ })).toBeVisible();
    await expect(page.getByText(/is held on your card for this order/)).toBeVisible();
    await expect(page.getByText('Waiting for a courier to take it')).toHaveCount(0);
    await expect(page.getByText('This order could not be loaded.')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('order-details-delivery-down.png'), fullPage: true });
  } finally {
    startAgain();
  }
  // The page keeps asking while a part is missing, and shows it again once the service answers.
  await expect(notice).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('Waiting for a courier to take it')).toBeVisible();
});

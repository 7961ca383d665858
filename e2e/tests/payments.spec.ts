import { expect, test } from '@playwright/test';
import { courierDelivers } from './support/courier';
import { kitchenMakesReady } from './support/kitchen';
import { placeApprovedOrder } from './support/placeOrder';
import { signIn } from './support/signIn';

test('an order is held at checkout, charged once delivered, and shown refunded, live, when an operator refunds it', async ({ page, browser }) => {
  const orderId = await placeApprovedOrder(page, `${Date.now() % 10_000} Payment Parade`);
  const total = (await page.getByRole('table').locator('tfoot td').textContent())!;
  await expect(page.getByText(`${total} is held on your card for this order`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('1-held.png'), fullPage: true });
  // Whatever follows comes to this page by push: it is never reloaded.
  await page.evaluate(() => Object.assign(window, { tiffinNotReloaded: true }));

  await kitchenMakesReady(page.request, orderId);
  await courierDelivers(page.request, orderId);
  await expect(page.getByRole('status').filter({ hasText: /^Delivered$/ })).toBeVisible();
  await expect(page.getByText(`${total} was charged to your card`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('2-charged.png'), fullPage: true });

  // An operator refunds it from the operations slice, in a browser of their own.
  const operator = await browser.newContext();
  await signIn(operator, 'noor');
  const ops = await operator.newPage();
  await ops.goto(`/ops/sagas/${orderId}`);
  await expect(ops.getByText(`Charged ${total}`)).toBeVisible();
  await ops.getByLabel('Why refund? The customer reads this.').fill('The food arrived cold');
  await ops.getByRole('button', { name: 'Refund the charge' }).click();
  await expect(ops.getByRole('status').filter({ hasText: `Done: ${total} given back to the customer’s card` })).toBeVisible();
  await expect(ops.getByText('given back on')).toContainText('The food arrived cold');
  await ops.screenshot({ path: test.info().outputPath('3-operator-refunded.png'), fullPage: true });
  await expect(page.getByText(`${total} was refunded to your card`)).toBeVisible();
  expect(await page.evaluate(() => (window as { tiffinNotReloaded?: boolean }).tiffinNotReloaded)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('3-refunded.png'), fullPage: true });
  await ops.goto('/ops/audit');
  await expect(ops.getByRole('row').filter({ hasText: 'Refunded a payment' })).toContainText(`order ${orderId}`);
  await operator.close();

  await page.getByRole('link', { name: 'All orders' }).click();
  const listed = page.getByRole('list', { name: 'Orders' }).getByRole('article').filter({ has: page.locator(`a[href$="${orderId}"]`) });
  await expect(listed).toContainText(`1 item · ${total} refunded`);
  await expect(listed).toContainText('Delivered');
  await page.screenshot({ path: test.info().outputPath('4-history-refunded.png'), fullPage: true });
});

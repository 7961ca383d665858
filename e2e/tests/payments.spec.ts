import { expect, test } from '@playwright/test';
import { cardAuthorization } from '@tiffin/contracts';
import { topology } from '@tiffin/topology';
import { courierDelivers } from './support/courier';
import { kitchenMakesReady } from './support/kitchen';
import { placeApprovedOrder } from './support/placeOrder';

const accounting = `http://127.0.0.1:${topology.services.accounting.port}`;

test('an order is held at checkout, charged once delivered, and shown refunded when accounting refunds it, live', async ({ page }) => {
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

  // What the operators' screen will do: accounting's refund route.
  const refund = await page.request.post(`${accounting}/orders/${orderId}/refund`, { data: { reason: 'The food arrived cold' } });
  expect(refund.status()).toBe(200);
  expect(cardAuthorization.parse(await refund.json())).toMatchObject({ status: 'REFUNDED', refundReason: 'The food arrived cold' });
  await expect(page.getByText(`${total} was refunded to your card`)).toBeVisible();
  expect(await page.evaluate(() => (window as { tiffinNotReloaded?: boolean }).tiffinNotReloaded)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('3-refunded.png'), fullPage: true });

  // Asked again, accounting refunds nothing more and says so the same way.
  const again = await page.request.post(`${accounting}/orders/${orderId}/refund`, { data: { reason: 'Asked twice' } });
  expect(cardAuthorization.parse(await again.json())).toMatchObject({ status: 'REFUNDED', refundReason: 'The food arrived cold' });

  await page.getByRole('link', { name: 'All orders' }).click();
  const listed = page.getByRole('list', { name: 'Orders' }).getByRole('article').filter({ has: page.locator(`a[href$="${orderId}"]`) });
  await expect(listed).toContainText(`1 item · ${total} refunded`);
  await expect(listed).toContainText('Delivered');
  await page.screenshot({ path: test.info().outputPath('4-history-refunded.png'), fullPage: true });
});

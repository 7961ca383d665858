import { expect, test, type Browser, type Page } from '@playwright/test';
import type { DemoAccountName } from '@tiffin/demo-accounts';
import { placeApprovedOrder } from './support/placeOrder';
import { signIn } from './support/signIn';

/** A browser window of its own, signed in as `who`. */
async function windowOf(browser: Browser, who: DemoAccountName): Promise<Page> {
  const context = await browser.newContext();
  await signIn(context, who);
  return context.newPage();
}

/** Marks the page so a later check can tell it was never reloaded: what follows came by push. */
async function markLoaded(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { tiffinNotReloaded: true }));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { tiffinNotReloaded?: boolean }).tiffinNotReloaded)).toBe(true);
}

/** A step must reach the other screens within about a second (a little slack for a busy 2-core CI machine). */
const live = { timeout: 3_000 };

test('a customer orders; the kitchen and a courier see it and move it on; every screen follows live', async ({ browser }) => {
  test.setTimeout(120_000);
  const address = `${Date.now() % 10_000} Three Roles Road`;
  const customer = await windowOf(browser, 'leo');
  const staff = await windowOf(browser, 'bombayStaff');
  const courier = await windowOf(browser, 'rosa');

  // The kitchen and the courier have their screens open before the order exists.
  await staff.goto('/orders/kitchen');
  await expect(staff.getByRole('region', { name: /^New orders/ })).toBeVisible();
  await courier.goto('/delivery');
  await expect(courier.getByRole('heading', { level: 1, name: 'Your deliveries' })).toBeVisible();
  await Promise.all([markLoaded(staff), markLoaded(courier)]);

  // The customer orders through the screens.
  const orderId = await placeApprovedOrder(customer, address);
  await markLoaded(customer);
  const customerSees = (status: string) => expect(customer.getByRole('status').filter({ hasText: new RegExp(`^${status}$`) })).toBeVisible(live);

  // The ticket appears on the kitchen screen by itself.
  const number = `#${orderId.slice(0, 8).toUpperCase()}`;
  const ticket = (column: string) => staff.getByRole('region', { name: new RegExp(`^${column}`) }).getByRole('article', { name: `Order ${number}` });
  await expect(ticket('New orders')).toBeVisible(live);
  await expect(ticket('New orders').getByRole('list', { name: 'Dishes' })).toHaveText('1 × Butter Chicken');
  await staff.screenshot({ path: test.info().outputPath('1-kitchen-new-order.png'), fullPage: true });

  await ticket('New orders').getByRole('button', { name: 'Accept' }).click();
  await customerSees('Accepted by the restaurant');
  await ticket('Accepted').getByRole('button', { name: 'Start preparing' }).click();
  await customerSees('Being prepared');
  await ticket('Preparing').getByRole('button', { name: 'Mark ready' }).click();
  await customerSees('Ready for pickup');
  await customer.screenshot({ path: test.info().outputPath('2-customer-ready.png'), fullPage: true });

  // The courier's list shows the delivery on offer without a reload; they take it and deliver it.
  const offer = courier.getByRole('list', { name: 'Deliveries on offer' }).getByRole('article').filter({ hasText: address });
  await expect(offer).toBeVisible(live);
  await courier.screenshot({ path: test.info().outputPath('3-courier-offer.png'), fullPage: true });
  await offer.getByRole('button', { name: 'Take this delivery' }).click();
  const carrying = courier.getByRole('list', { name: 'Deliveries under way' }).getByRole('article').filter({ hasText: address });
  await carrying.getByRole('button', { name: 'Picked up' }).click();
  await customerSees('On its way');
  // The kitchen's screen lets go of an order once the courier has it.
  await expect(ticket('Ready for pickup')).toHaveCount(0, live);
  await carrying.getByRole('button', { name: 'Delivered' }).click();
  await customerSees('Delivered');
  await customer.screenshot({ path: test.info().outputPath('4-customer-delivered.png'), fullPage: true });

  await Promise.all([expectNotReloaded(customer), expectNotReloaded(staff), expectNotReloaded(courier)]);
});

test('a customer can open neither the kitchen nor the courier APIs', async ({ page }) => {
  // `page` is the guest customer every journey signs in as.
  for (const path of ['/bff/order/kitchen/tickets', '/bff/delivery/courier/offered-deliveries', '/bff/catalog/staff/restaurant']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
  }
});

import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { ticketList } from '@tiffin/contracts';
import type { DemoAccountName } from '@tiffin/demo-accounts';
import { topology } from '@tiffin/topology';
import { placeApprovedOrder } from './support/placeOrder';
import { signIn } from './support/signIn';

const kitchen = `http://127.0.0.1:${topology.services.kitchen.port}`;

async function windowOf(browser: Browser, who: DemoAccountName): Promise<Page> {
  const context = await browser.newContext();
  await signIn(context, who);
  return context.newPage();
}

/** Where the courier's marker is on a map, as the SVG draws it. */
async function markerAt(marker: Locator): Promise<string> {
  const circle = marker.locator('circle');
  return `${await circle.getAttribute('cx')},${await circle.getAttribute('cy')}`;
}

test('the courier’s position moves on the customer’s map during the delivery, with each step’s time and the arrival', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const address = `${Date.now() % 10_000} Map Lane`;
  const customer = await windowOf(browser, 'asha');
  const courier = await windowOf(browser, 'kofi');
  const orderId = await placeApprovedOrder(customer, address);

  // The kitchen accepts: its preparation time gives the customer an arrival.
  const [ticket] = ticketList.parse(await (await request.get(`${kitchen}/tickets`, { params: { orderId } })).json());
  expect((await request.post(`${kitchen}/tickets/${ticket!.id}/accept`, { data: {} })).ok()).toBe(true);

  await customer.getByRole('link', { name: 'Track delivery' }).click();
  const tracking = customer.getByRole('region', { name: 'Tracking' });
  await expect(tracking.getByText(/^Arriving around .+, by .+ at the latest\.$/)).toBeVisible();
  await expect(tracking.getByRole('list', { name: 'Delivery progress' }).getByRole('listitem').first()).toContainText('Order confirmed');
  await customer.evaluate(() => Object.assign(window, { tiffinNotReloaded: true }));

  // The courier takes it; their screen shares a simulated ride (the demo) from then on.
  await courier.goto('/delivery');
  const offer = courier.getByRole('list', { name: 'Deliveries on offer' }).getByRole('article').filter({ hasText: address });
  await offer.getByRole('button', { name: 'Take this delivery' }).click();
  const carried = courier.getByRole('list', { name: 'Deliveries under way' }).getByRole('article').filter({ hasText: address });
  await expect(carried).toContainText('The customer follows you on the map, from a simulated ride (the demo).');
  await courier.screenshot({ path: test.info().outputPath('courier-sharing.png') });

  // On the customer's map the courier appears, then moves, second by second, with no reload.
  const marker = tracking.getByRole('img', { name: 'Courier', exact: true });
  await expect(marker).toBeVisible({ timeout: 5_000 });
  const first = await markerAt(marker);
  await expect.poll(() => markerAt(marker), { timeout: 5_000 }).not.toBe(first);
  const second = await markerAt(marker);
  await expect.poll(() => markerAt(marker), { timeout: 5_000 }).not.toBe(second);
  await expect(tracking.getByRole('list', { name: 'Delivery progress' }).getByRole('listitem').filter({ hasText: 'A courier took it' })).not.toContainText('not yet');
  expect(await customer.evaluate(() => (window as { tiffinNotReloaded?: boolean }).tiffinNotReloaded)).toBe(true);
  await customer.screenshot({ path: test.info().outputPath('customer-map.png'), fullPage: true });
});

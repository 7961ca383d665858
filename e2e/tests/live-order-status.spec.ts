import { expect, test, type Request } from '@playwright/test';
import { ticketList } from '@tiffin/contracts';
import { serviceUrl } from '@tiffin/topology';

// Signed in as the guest customer (the journeys project's storage state).
test('the order page follows the kitchen by push: no polling while the stream is up, the status within a second', async ({ page }) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Butter Chicken' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await page.getByLabel('Delivery address').fill('4 Privet Drive');
  const live = page.waitForResponse((r) => r.url().endsWith('/bff/order/live') && r.status() === 200);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await live;
  const orderId = page.url().split('/').at(-1)!;
  // Whatever words the panel uses, it is the one place the order's status shows.
  const status = page.locator('.ord-status-panel');
  // Approval is pushed too (the saga ends while the page watches): cancelling is offered from then on.
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeVisible();

  // From here on, every request for the order counts as polling.
  const polls: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/bff/order/orders/${orderId}`) polls.push(request);
  });
  const before = await status.textContent();

  // Past the 5 s the page used to poll an approved order at.
  await page.waitForTimeout(6_000);
  expect(polls).toHaveLength(0);

  // The kitchen accepts it, straight at the kitchen service, as the staff's screen would.
  const kitchen = serviceUrl('kitchen');
  const [ticket] = ticketList.parse(await (await fetch(`${kitchen}/tickets?orderId=${orderId}`)).json());
  const accepted = await fetch(`${kitchen}/tickets/${ticket!.id}/accept`, { method: 'POST' });
  expect(accepted.status).toBeLessThan(300);
  const acceptedAt = Date.now();
  await expect(status).not.toHaveText(before ?? '', { timeout: 1_000 });
  expect(Date.now() - acceptedAt).toBeLessThan(1_000);
  await expect(status).toContainText(/accepted/i);
  expect(polls).toHaveLength(0);
  await page.screenshot({ path: test.info().outputPath('live-order-accepted.png') });
});

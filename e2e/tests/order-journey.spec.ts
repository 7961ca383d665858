import { expect, test } from '@playwright/test';
import { orderAccepted } from '@tiffin/contracts';

test('a customer browses, orders, watches the order get approved and finds its delivery', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/catalog$/);
  // A marker that only survives if the page is never reloaded during the journey.
  await page.evaluate(() => Object.assign(window, { tiffinJourneyMarker: true }));

  const restaurants = page.getByRole('list', { name: 'Restaurants' }).getByRole('listitem');
  await expect(restaurants.first()).toBeVisible();
  expect(await restaurants.count()).toBeGreaterThanOrEqual(5);

  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bombay Tiffin House' })).toBeVisible();
  const menu = page.getByRole('list', { name: 'Bombay Tiffin House menu' }).getByRole('listitem');
  expect(await menu.count()).toBeGreaterThanOrEqual(8);

  await page.getByRole('button', { name: 'Add to cart: Paneer Tikka' }).click();
  await page.getByRole('button', { name: 'Add to cart: Paneer Tikka' }).click();
  await page.getByRole('button', { name: 'Add to cart: Garlic Naan' }).click();
  // The cart lives in the shell; the catalog slice changed it through the slice contract.
  const cartIndicator = page.getByRole('link', { name: /^Cart: 3 items/ });
  await expect(cartIndicator).toContainText('$31.85');

  await cartIndicator.click();
  await expect(page.getByRole('heading', { level: 1, name: /Your cart/ })).toBeVisible();
  await expect(page.getByTestId('cart-total')).toHaveText('$31.85');
  await page.getByLabel('Delivery address').fill('221 Baker Street, Apt 2B');
  // The guest's cards come from the consumer service; the first, which is authorised, is chosen.
  await expect(page.getByRole('radio', { name: /Everyday Visa/ })).toBeChecked();

  const placed = page.waitForResponse((r) => r.url().endsWith('/bff/order/orders') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Place order' }).click();
  const response = await placed;
  expect(response.status()).toBe(202);
  // The order service answers before validation finishes: the order starts PENDING.
  const accepted = orderAccepted.parse(await response.json());
  expect(accepted.status).toBe('PENDING');

  await expect(page).toHaveURL(new RegExp(`/orders/${accepted.orderId}$`));
  await expect(page.getByRole('heading', { name: 'Order from Bombay Tiffin House' })).toBeVisible();
  const orderStatus = page.getByRole('status').filter({ hasText: /^(Placing your order|Order confirmed|Not accepted)$/ });
  await expect(orderStatus).toHaveText('Order confirmed');
  await expect(page.getByRole('link', { name: /^Cart: 0 items/ })).toBeVisible();

  await page.getByRole('link', { name: 'Track delivery' }).click();
  await expect(page).toHaveURL(new RegExp(`/delivery\\?orderId=${accepted.orderId}$`));
  await expect(page.getByText('Bombay Tiffin House').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for a courier' })).toBeVisible();

  expect(await page.evaluate(() => 'tiffinJourneyMarker' in window)).toBe(true);
});

test('the order history lists what the customer ordered, newest first', async ({ page }) => {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Mango Lassi' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await page.getByLabel('Delivery address').fill('10 Downing Street');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  const orderPath = new URL(page.url()).pathname;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
  // Every browser is the seeded guest until sign-in, so earlier journeys' orders are listed too.
  const orders = page.getByRole('list', { name: 'Orders' }).getByRole('listitem');
  await expect(orders.first()).toContainText('Bombay Tiffin House');
  await expect(orders.first().getByRole('link', { name: 'Bombay Tiffin House' })).toHaveAttribute('href', orderPath);
});

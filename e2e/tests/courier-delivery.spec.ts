import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type { DemoAccountName } from '@tiffin/demo-accounts';
import { kitchenMakesReady } from './support/kitchen';
import { placeApprovedOrder } from './support/placeOrder';
import { signIn } from './support/signIn';

/** The card of the delivery to `address` in one of the courier's lists. */
function cardIn(page: Page, list: string, address: string): Locator {
  return page.getByRole('list', { name: list }).getByRole('article').filter({ hasText: address });
}

/** A browser window of its own, signed in as `who`. */
async function pageOf(browser: Browser, who: DemoAccountName): Promise<Page> {
  const context = await browser.newContext();
  await signIn(context, who);
  return context.newPage();
}

test('two couriers race for an order a customer placed; the one who got it picks it up and delivers it', async ({ browser }) => {
  const address = `${Date.now() % 1000} Courier Lane`;
  const customer = await pageOf(browser, 'asha');
  const orderId = await placeApprovedOrder(customer, address);
  await kitchenMakesReady(customer.request, orderId);
  await expect(customer.getByRole('status').filter({ hasText: /^Ready for pickup$/ })).toBeVisible();

  const rosa = await pageOf(browser, 'rosa');
  const kofi = await pageOf(browser, 'kofi');
  for (const page of [rosa, kofi]) {
    await page.goto('/delivery');
    await expect(page.getByRole('heading', { level: 1, name: 'Your deliveries' })).toBeVisible();
    const offer = cardIn(page, 'Deliveries on offer', address);
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('Bombay Tiffin House');
    await expect(offer).toContainText('Order total');
  }
  await rosa.screenshot({ path: test.info().outputPath('courier-offers.png'), fullPage: true });

  // Both press "Take this delivery" at once: one gets it, the other reads why not.
  const take = (page: Page) => cardIn(page, 'Deliveries on offer', address).getByRole('button', { name: 'Take this delivery' }).click();
  await Promise.all([take(rosa), take(kofi)]);
  const holds = async (page: Page) => (await cardIn(page, 'Deliveries under way', address).count()) === 1;
  await expect.poll(async () => [await holds(rosa), await holds(kofi)].filter(Boolean).length).toBe(1);
  const [winner, loser] = (await holds(rosa)) ? [rosa, kofi] : [kofi, rosa];
  await expect(loser.getByRole('alert')).toContainText('Someone else took this delivery');
  await expect(cardIn(loser, 'Deliveries on offer', address)).toHaveCount(0);
  await loser.screenshot({ path: test.info().outputPath('courier-lost-the-race.png'), fullPage: true });
  // The notice goes by itself once read; the board already shows how things stand.
  await expect(loser.getByRole('alert')).toHaveCount(0, { timeout: 10_000 });

  const mine = cardIn(winner, 'Deliveries under way', address);
  await expect(mine).toContainText('Heading to the restaurant');
  await winner.screenshot({ path: test.info().outputPath('courier-took-it.png'), fullPage: true });
  await mine.getByRole('button', { name: 'Picked up' }).click();
  await expect(mine).toContainText('On the way to the customer');
  await expect(customer.getByRole('status').filter({ hasText: /^On its way$/ })).toBeVisible();
  await mine.getByRole('button', { name: 'Delivered' }).click();
  await expect(cardIn(winner, 'Past deliveries', address)).toContainText('Delivered');
  await expect(cardIn(winner, 'Deliveries under way', address)).toHaveCount(0);
  await winner.screenshot({ path: test.info().outputPath('courier-delivered.png'), fullPage: true });

  await expect(customer.getByRole('status').filter({ hasText: /^Delivered$/ })).toBeVisible();
  // The delivery part of the order page says so too.
  await expect(customer.getByRole('definition').filter({ hasText: /^Delivered$/ })).toBeVisible();
});

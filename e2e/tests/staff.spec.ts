import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccounts } from '@tiffin/demo-accounts';
import { signIn } from './support/signIn';

const bombay = demoAccounts.bombayStaff.restaurantId;

/** A page of its own browser context, signed in as Bombay Tiffin House's staff. */
async function bombayStaffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await signIn(context, 'bombayStaff');
  return context.newPage();
}

/** The customer's view of Bombay's menu, read afresh (a page reads a menu once; staff changes show on the next read). */
async function customerSees(page: Page, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.goto(`/catalog/${bombay}`);
    await check();
  }).toPass({ timeout: 15_000 });
}

// The customer is the guest every journey signs in as (`page`); the staff work in a browser of their own.
test('restaurant staff change a price and close and open the restaurant; a customer sees each change', async ({ browser, page: customer }) => {
  const staff = await bombayStaffPage(browser);
  await staff.goto('/');
  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Menu' }).click();
  await expect(staff).toHaveURL(/\/catalog\/manage$/);
  await expect(staff.getByRole('heading', { level: 1, name: 'Your menu' })).toBeVisible();
  const dish = staff.getByRole('form', { name: 'Edit Gulab Jamun' });
  await expect(dish.getByLabel('Price ($)')).toHaveValue('5.95');
  await staff.screenshot({ path: test.info().outputPath('menu-manager.png'), fullPage: true });

  await dish.getByLabel('Price ($)').fill('six');
  await dish.getByRole('button', { name: 'Save changes' }).click();
  await expect(dish.getByText('Enter a price in dollars, like 12.50')).toBeVisible();
  await dish.getByLabel('Price ($)').fill('6.45');
  await dish.getByRole('button', { name: 'Save changes' }).click();
  await expect(dish.getByRole('status')).toHaveText('Saved');
  await expect(dish.getByLabel('Price ($)')).toHaveValue('6.45');
  await dish.screenshot({ path: test.info().outputPath('dish-saved.png') });

  const gulabJamun = customer.getByRole('article').filter({ hasText: 'Gulab Jamun' });
  await customerSees(customer, () => expect(gulabJamun.getByText('$6.45')).toBeVisible({ timeout: 1_000 }));
  await expect(customer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Menu' })).toHaveCount(0);

  await staff.getByRole('button', { name: 'Close the restaurant' }).click();
  await expect(staff.getByText('Customers can see your menu but cannot order until you open.')).toBeVisible();
  await staff.screenshot({ path: test.info().outputPath('restaurant-closed.png') });
  await customerSees(customer, () => expect(customer.getByText('Closed', { exact: true })).toBeVisible({ timeout: 1_000 }));
  await expect(customer.getByRole('button', { name: 'Add to cart: Gulab Jamun' })).toBeDisabled();
  await customer.screenshot({ path: test.info().outputPath('customer-sees-closed.png'), fullPage: true });

  await staff.getByRole('button', { name: 'Open the restaurant' }).click();
  await expect(staff.getByText('Customers can order from your menu now.')).toBeVisible();
  await customerSees(customer, () => expect(customer.getByRole('button', { name: 'Add to cart: Gulab Jamun' })).toBeEnabled({ timeout: 1_000 }));

  // Other journeys order from this menu: leave the price as the seed has it.
  await dish.getByLabel('Price ($)').fill('5.95');
  await dish.getByRole('button', { name: 'Save changes' }).click();
  await expect(dish.getByRole('status')).toHaveText('Saved');
});

/** The customer orders one dish from Bombay and waits for approval; answers the order's number as the kitchen shows it. */
async function placeApprovedOrder(customer: Page, dish: string): Promise<string> {
  await customer.goto(`/catalog/${bombay}`);
  await customer.getByRole('button', { name: `Add to cart: ${dish}` }).click();
  await customer.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await customer.getByLabel('Delivery address').fill('4 Privet Drive');
  await customer.getByRole('button', { name: 'Place order' }).click();
  await expect(customer).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(customer.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
  const orderId = customer.url().split('/').at(-1)!;
  return `#${orderId.slice(0, 8).toUpperCase()}`;
}

test('kitchen staff accept, prepare and ready a customer’s order, or reject one with a reason the customer reads', async ({ browser, page: customer }) => {
  const staff = await bombayStaffPage(browser);

  const number = await placeApprovedOrder(customer, 'Dal Makhani');
  await staff.goto('/orders');
  await expect(staff).toHaveURL(/\/orders\/kitchen$/);
  const column = (heading: string) => staff.getByRole('region', { name: new RegExp(`^${heading}`) });
  const ticket = (heading: string) => column(heading).getByRole('article', { name: `Order ${number}` });

  // New orders reach the screen by themselves.
  await expect(ticket('New orders')).toBeVisible();
  await expect(ticket('New orders').getByRole('list', { name: 'Dishes' })).toHaveText('1 × Dal Makhani');
  await expect(ticket('New orders')).toContainText('$12.45');
  await staff.screenshot({ path: test.info().outputPath('kitchen-new-order.png'), fullPage: true });

  await ticket('New orders').getByRole('button', { name: 'Accept' }).click();
  await ticket('Accepted').getByRole('button', { name: 'Start preparing' }).click();
  await expect(customer.getByRole('status').filter({ hasText: /^Being prepared$/ })).toBeVisible();
  await ticket('Preparing').getByRole('button', { name: 'Mark ready' }).click();
  await expect(ticket('Ready for pickup')).toContainText('Waiting for the courier');
  await staff.screenshot({ path: test.info().outputPath('kitchen-ready.png'), fullPage: true });
  await expect(customer.getByText('Your order is ready and waiting for the courier.')).toBeVisible();
  await customer.screenshot({ path: test.info().outputPath('customer-order-ready.png'), fullPage: true });

  const refused = await placeApprovedOrder(customer, 'Chana Masala');
  const refusedTicket = column('New orders').getByRole('article', { name: `Order ${refused}` });
  await refusedTicket.getByRole('button', { name: 'Reject' }).click();
  await refusedTicket.getByRole('button', { name: 'Reject order' }).click();
  await expect(refusedTicket.getByText('Say in a few words why, for the customer')).toBeVisible();
  await refusedTicket.getByLabel(/Why can’t you make it/).fill('We have run out of chickpeas tonight');
  await staff.screenshot({ path: test.info().outputPath('kitchen-rejecting.png'), fullPage: true });
  await refusedTicket.getByRole('button', { name: 'Reject order' }).click();
  await expect(refusedTicket).toHaveCount(0);
  await expect(customer.getByText('Reason: We have run out of chickpeas tonight')).toBeVisible();
  await customer.screenshot({ path: test.info().outputPath('customer-order-rejected.png'), fullPage: true });
});

import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { guestCustomer } from '@tiffin/contracts';
import { signIn } from './support/signIn';

// These start signed out: the journeys' guest session is not theirs.
test.use({ storageState: { cookies: [], origins: [] } });

test('nothing shows before sign-in; a wrong password says so; signing in opens the page asked for; sign-out ends it', async ({ page }) => {
  await page.goto('/orders');
  const form = page.getByRole('form', { name: 'Sign in' });
  await expect(form).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await form.getByLabel('Email').fill(demoAccounts.asha.email);
  await form.getByLabel('Password').fill('not-the-password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toHaveText(/email or password is wrong/i);
  await page.screenshot({ path: test.info().outputPath('sign-in-refused.png'), fullPage: true });

  // A demo account fills the form in one click.
  await page.getByRole('button', { name: new RegExp(demoAccounts.asha.email) }).click();
  await expect(form.getByLabel('Password')).toHaveValue(demoPassword);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByRole('banner')).toContainText(demoAccounts.asha.displayName);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Restaurants', 'Orders', 'Delivery']);
  await page.screenshot({ path: test.info().outputPath('signed-in-customer.png') });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(form).toBeVisible();
  // The cookie is worthless now, not merely forgotten by the page.
  expect((await page.request.get('/bff/order/orders')).status()).toBe(401);
});

test('staff and couriers see their own work in the navigation, not a customer’s', async ({ browser }) => {
  const staff = await browser.newContext();
  await signIn(staff, 'bombayStaff');
  const staffPage = await staff.newPage();
  await staffPage.goto('/');
  await expect(staffPage.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Kitchen', 'Menu']);
  await expect(staffPage.getByRole('banner')).toContainText(demoAccounts.bombayStaff.displayName);
  await expect(staffPage.getByRole('link', { name: /cart/i })).toHaveCount(0);
  await staff.close();

  const courier = await browser.newContext();
  await signIn(courier, 'rosa');
  const courierPage = await courier.newPage();
  await courierPage.goto('/');
  await expect(courierPage.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Deliveries']);
  await courier.close();
});

test('the BFFs refuse callers without a session, a POST without the CSRF token, and an identity header from the browser', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get('/bff/catalog/restaurants')).status()).toBe(401);
  expect((await anonymous.get('/bff/order/orders', { headers: { 'x-tiffin-consumer-id': guestCustomer.consumerId } })).status()).toBe(401);

  const signedIn = await playwright.request.newContext({ baseURL });
  const session = await signedIn.post('/auth/sign-in', { data: { email: demoAccounts.asha.email, password: demoPassword } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const order = {
    restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d',
    lines: [{ menuItemId: 'a119cdaa-80de-4e7f-96aa-2348ea4173d8', quantity: 1 }],
    deliveryAddress: '1 Test Lane',
    cardId: guestCustomer.cards.everyday,
  };
  const withoutToken = await signedIn.post('/bff/order/orders', { data: order, headers: { 'idempotency-key': crypto.randomUUID() } });
  expect(withoutToken.status()).toBe(403);

  const withToken = await signedIn.post('/bff/order/orders', {
    data: order,
    headers: { 'idempotency-key': crypto.randomUUID(), 'x-csrf-token': csrfToken },
  });
  expect(withToken.status()).toBe(202);
  const { orderId } = (await withToken.json()) as { orderId: string };

  // Asha's session, with headers claiming to be the guest: she still gets her own orders, and only hers.
  const listAsClaimedGuest = async () => {
    const response = await signedIn.get('/bff/order/orders', {
      headers: { 'x-tiffin-consumer-id': guestCustomer.consumerId, 'x-tiffin-identity': 'forged.header' },
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as { id: string; consumerId: string }[];
  };
  await expect.poll(async () => (await listAsClaimedGuest()).map((o) => o.id)).toContain(orderId);
  expect(new Set((await listAsClaimedGuest()).map((o) => o.consumerId))).toEqual(new Set([demoAccounts.asha.consumerId]));
  await anonymous.dispose();
  await signedIn.dispose();
});

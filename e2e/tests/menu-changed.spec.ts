import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { serviceUrl } from '@tiffin/topology';

// Restaurants no other journey orders from, so changing their menu here disturbs nobody; each test
// puts back what it changed.
const taqueria = {
  name: 'El Camino Taqueria',
  tacos: { id: '2836ce46-87bb-470d-b26b-7c048c617935', name: 'Tacos al Pastor' },
  horchata: { id: '785ba7c0-a8ed-4e7f-8e6d-9919385d858c', name: 'Horchata' },
};
const mezze = { name: 'Olive & Thyme Mezze', falafel: 'Falafel Wrap' };

const catalog = serviceUrl('catalog');

interface Menu {
  menu: { id: string; priceCents: number }[];
}

/** Restaurant staff's change, made through the catalog service's own PATCH route. */
async function changeCatalog(request: APIRequestContext, path: string, change: Record<string, unknown>): Promise<void> {
  const response = await request.patch(`${catalog}${path}`, { data: change });
  expect(response.status(), `PATCH ${path}`).toBe(200);
}

async function restaurantIdOf(request: APIRequestContext, name: string): Promise<string> {
  const list = (await (await request.get(`${catalog}/restaurants`)).json()) as { id: string; name: string }[];
  const found = list.find((r) => r.name === name);
  if (!found) throw new Error(`${name} is not in the seeded catalog`);
  return found.id;
}

async function addToCart(page: Page, restaurant: string, dishes: string[]) {
  await page.goto('/catalog');
  await page.getByRole('list', { name: 'Restaurants' }).getByRole('link', { name: restaurant }).click();
  for (const dish of dishes) await page.getByRole('button', { name: `Add to cart: ${dish}` }).click();
}

test('a price raised while the dish is in the cart is shown old → new, and the order is placed only after the customer confirms', async ({
  page,
  request,
}) => {
  const restaurantId = await restaurantIdOf(request, taqueria.name);
  const seeded = (await (await request.get(`${catalog}/restaurants/${restaurantId}`)).json()) as Menu;
  const tacosPrice = seeded.menu.find((item) => item.id === taqueria.tacos.id)!.priceCents;
  const raised = tacosPrice + 200;
  try {
    await addToCart(page, taqueria.name, [taqueria.tacos.name, taqueria.horchata.name]);
    await page.getByRole('link', { name: /^Cart: 2 items/ }).click();
    const total = page.getByTestId('cart-total');
    const totalBefore = await total.textContent();

    // The restaurant raises the tacos and runs out of horchata while the customer fills in the address.
    await changeCatalog(request, `/restaurants/${restaurantId}/menu-items/${taqueria.tacos.id}`, { priceCents: raised });
    await changeCatalog(request, `/restaurants/${restaurantId}/menu-items/${taqueria.horchata.id}`, { available: false });

    // The order service's menu replica follows the catalog's event within milliseconds, well before
    // the customer has typed an address.
    await page.getByLabel('Delivery address').fill('4 Privet Drive');
    await page.getByRole('radio', { name: /Everyday Visa/ }).check();
    await page.getByRole('button', { name: 'Place order' }).click();

    const notice = page.getByRole('alert').filter({ hasText: 'The menu changed' });
    await expect(notice).toContainText('Your order has not been placed.');
    const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;
    await expect(notice).toContainText(`${taqueria.tacos.name}: ${money(tacosPrice)} → ${money(raised)}`);
    await expect(notice).toContainText(`${taqueria.horchata.name} is sold out, so we took it out of your cart.`);
    // The cart now holds what can be ordered, at the price it costs.
    await expect(page.getByRole('article', { name: taqueria.horchata.name })).toHaveCount(0);
    await expect(page.getByRole('article', { name: taqueria.tacos.name })).toContainText(`${money(raised)} each`);
    await expect(total).toHaveText(money(raised));
    expect(await total.textContent()).not.toBe(totalBefore);
    await expect(page).toHaveURL(/\/orders\/cart$/);
    await page.screenshot({ path: test.info().outputPath('price-changed-confirm.png') });

    await page.getByRole('button', { name: 'Confirm and place order' }).click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
    await expect(page.getByRole('table')).toContainText(money(raised));
    await page.screenshot({ path: test.info().outputPath('price-changed-placed.png') });
  } finally {
    await changeCatalog(request, `/restaurants/${restaurantId}/menu-items/${taqueria.tacos.id}`, { priceCents: tacosPrice });
    await changeCatalog(request, `/restaurants/${restaurantId}/menu-items/${taqueria.horchata.id}`, { available: true });
  }
});

test('a restaurant that closed while its dishes were in the cart is named in plain words at checkout', async ({ page, request }) => {
  const restaurantId = await restaurantIdOf(request, mezze.name);
  try {
    await addToCart(page, mezze.name, [mezze.falafel]);
    await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
    await changeCatalog(request, `/restaurants/${restaurantId}`, { open: false });

    await page.getByLabel('Delivery address').fill('4 Privet Drive');
    await page.getByRole('button', { name: 'Place order' }).click();

    const problem = page.getByRole('alert').filter({ hasText: 'Your order was not placed.' });
    await expect(problem).toContainText(`${mezze.name} is closed right now.`);
    // Never the validator's words: no field path, no id.
    await expect(problem).not.toContainText('body.');
    await expect(problem).not.toContainText(restaurantId);
    await page.screenshot({ path: test.info().outputPath('restaurant-closed.png') });
  } finally {
    await changeCatalog(request, `/restaurants/${restaurantId}`, { open: true });
  }
});

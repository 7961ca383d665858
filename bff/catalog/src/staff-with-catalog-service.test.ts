import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem, restaurant, type Restaurant } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

let backend: Awaited<ReturnType<typeof startBackend<'catalog'>>>;
let app: HttpApp;
const bombay = demoAccounts.bombayStaff;
const sakura = demoAccounts.sakuraStaff;

beforeAll(async () => {
  backend = await startBackend(['catalog']);
  app = buildApp({
    env: { TIFFIN_CATALOG_SERVICE_URL: backend.urls.catalog },
    identitySecret: testIdentitySecret,
    logger: memoryLogger().logger,
  });
});

afterAll(async () => {
  await app?.close();
  await backend?.stop();
});

/** The restaurant as the catalog service holds it now, past any BFF cache. */
async function inCatalog(restaurantId: string): Promise<Restaurant> {
  return restaurant.parse(await (await fetch(`${backend.urls.catalog}/restaurants/${restaurantId}`)).json());
}

const asStaff = (who: typeof bombay | typeof sakura) => signedInAs(who);
const ownRestaurant = (headers?: Record<string, string>) => app.inject({ url: '/staff/restaurant', ...(headers ? { headers } : {}) });
const changeRestaurant = (payload: object, headers?: Record<string, string>) =>
  app.inject({ method: 'PATCH', url: '/staff/restaurant', payload, ...(headers ? { headers } : {}) });
const changeDish = (menuItemId: string, payload: object, headers?: Record<string, string>) =>
  app.inject({ method: 'PATCH', url: `/staff/menu-items/${menuItemId}`, payload, ...(headers ? { headers } : {}) });

describe('restaurant staff manage their menu through the catalog BFF', () => {
  it('shows staff their own restaurant’s whole menu, sold-out dishes included', async () => {
    const response = await ownRestaurant(asStaff(bombay));
    expect(response.statusCode).toBe(200);
    const shown = restaurant.parse(response.json());
    expect(shown.id).toBe(bombay.restaurantId);
    expect(shown).toEqual(await inCatalog(bombay.restaurantId));
    const sakuraMenu = restaurant.parse((await ownRestaurant(asStaff(sakura))).json());
    expect(sakuraMenu.id).toBe(sakura.restaurantId);
    expect(sakuraMenu.menu.filter((item) => !item.available).map((item) => item.name)).toEqual(['Seasonal Uni Don']);
  });

  it('changes a dish’s price, name and availability, answers the menu as it is now, and customers see it', async () => {
    const dish = (await inCatalog(bombay.restaurantId)).menu[0]!;
    const response = await changeDish(dish.id, { priceCents: dish.priceCents + 100, name: `${dish.name} (large)`, available: false }, asStaff(bombay));
    expect(response.statusCode).toBe(200);
    const changed = { ...dish, priceCents: dish.priceCents + 100, name: `${dish.name} (large)`, available: false };
    expect(restaurant.parse(response.json()).menu.find((item) => item.id === dish.id)).toEqual(changed);
    // Customers read the same BFF, through its short-lived cache.
    await expect
      .poll(async () => restaurant.parse((await app.inject({ url: `/restaurants/${bombay.restaurantId}`, headers: signedInAs(demoAccounts.guest) })).json()).menu.find((item) => item.id === dish.id), {
        timeout: 5_000,
      })
      .toEqual(changed);
  });

  it('closes and opens the staff’s own restaurant', async () => {
    const closed = await changeRestaurant({ open: false }, asStaff(bombay));
    expect([closed.statusCode, restaurant.parse(closed.json()).open]).toEqual([200, false]);
    expect((await inCatalog(bombay.restaurantId)).open).toBe(false);
    expect((await inCatalog(sakura.restaurantId)).open).toBe(true);
    const opened = await changeRestaurant({ open: true }, asStaff(bombay));
    expect(restaurant.parse(opened.json()).open).toBe(true);
  });

  it('answers a dish of another restaurant exactly like a missing one, and leaves it unchanged', async () => {
    const bombayDish = (await inCatalog(bombay.restaurantId)).menu[1]!;
    const foreign = await changeDish(bombayDish.id, { priceCents: 1 }, asStaff(sakura));
    const missingId = crypto.randomUUID();
    const missing = await changeDish(missingId, { priceCents: 1 }, asStaff(sakura));
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(problem.parse(foreign.json()).message).toBe(problem.parse(missing.json()).message.replace(missingId, bombayDish.id));
    expect((await inCatalog(bombay.restaurantId)).menu[1]).toEqual(bombayDish);
  });

  it('names the field and the rule of a change it cannot take', async () => {
    const dish = (await inCatalog(bombay.restaurantId)).menu[0]!;
    for (const [body, message] of [
      [{ priceCents: 12.5 }, /^body\.priceCents: /],
      [{ priceCents: 100_001 }, /^body\.priceCents: at most 100000 cents \(\$1,000\.00\)$/],
      [{ name: '  ' }, /^body\.name: enter the dish’s name$/],
      [{}, /^body: say what changes/],
      [{ open: 'yes' }, /^body\.open: /],
    ] as const) {
      const response = 'open' in body ? await changeRestaurant(body, asStaff(bombay)) : await changeDish(dish.id, body, asStaff(bombay));
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(problem.parse(response.json()).message, JSON.stringify(body)).toMatch(message);
    }
  });

  it('refuses customers and couriers (403) and anyone not signed in (401), whatever they send', async () => {
    const dish = (await inCatalog(bombay.restaurantId)).menu[0]!;
    for (const [who, status] of [
      [signedInAs(demoAccounts.guest), 403],
      [signedInAs(demoAccounts.rosa), 403],
      [undefined, 401],
    ] as const) {
      for (const response of [
        await ownRestaurant(who),
        await changeRestaurant({ open: false }, who),
        await changeDish(dish.id, { priceCents: 1 }, who),
        await changeDish(dish.id, { priceCents: 'free' }, who),
      ]) {
        expect(response.statusCode, JSON.stringify(who)).toBe(status);
      }
    }
    expect(problem.parse((await ownRestaurant(signedInAs(demoAccounts.guest))).json()).message).toBe('only restaurant staff may do this');
    expect(await inCatalog(bombay.restaurantId)).toMatchObject({ open: true, menu: expect.arrayContaining([dish]) });
  });
});

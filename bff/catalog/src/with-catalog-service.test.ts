import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem, restaurant, restaurantList } from '@tiffin/contracts';
import { memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import type { HttpApp } from '@tiffin/http-kit';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

/** Anyone signed in may browse the catalog; a customer here. */
const browsing = signedInAs(demoAccounts.asha);

let backend: Awaited<ReturnType<typeof startBackend<'catalog'>>>;
let app: HttpApp;

beforeAll(async () => {
  backend = await startBackend(['catalog']);
  app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_CATALOG_SERVICE_URL: backend.urls.catalog }, logger: memoryLogger().logger });
});

afterAll(async () => {
  await app?.close();
  await backend?.stop();
});

async function fromService(path: string): Promise<unknown> {
  return (await fetch(`${backend.urls.catalog}${path}`)).json();
}

describe('catalog BFF with the real catalog service', () => {
  it('lists the restaurants the catalog holds', async () => {
    const response = await app.inject({ url: '/restaurants', headers: browsing });
    expect(response.statusCode).toBe(200);
    const listed = restaurantList.parse(response.json());
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(await fromService('/restaurants'));
  });

  it('passes the search on', async () => {
    const [first] = restaurantList.parse(await fromService('/restaurants'));
    const word = first!.name.split(' ')[0]!;
    const response = await app.inject({ url: `/restaurants?q=${encodeURIComponent(word)}`, headers: browsing });
    const found = restaurantList.parse(response.json());
    expect(found.map((r) => r.id)).toContain(first!.id);
    expect(found).toEqual(await fromService(`/restaurants?q=${encodeURIComponent(word)}`));
  });

  it('passes on which dishes a search matched, accents and all', async () => {
    const response = await app.inject({ url: '/restaurants?q=tiramisu', headers: browsing });
    expect(restaurantList.parse(response.json())).toEqual([
      expect.objectContaining({ name: 'Trattoria Nonna Lucia', matchingDishes: ['Tiramisù'] }),
    ]);
  });

  it('shows one restaurant with its menu', async () => {
    const [first] = restaurantList.parse(await fromService('/restaurants'));
    const response = await app.inject({ url: `/restaurants/${first!.id}`, headers: browsing });
    expect(response.statusCode).toBe(200);
    const shown = restaurant.parse(response.json());
    expect(shown.name).toBe(first!.name);
    expect(shown.menu.length).toBeGreaterThan(0);
  });

  it('passes the catalog’s 404 through with its message', async () => {
    const missing = '5b0c8f1e-6f55-4f0e-9d36-2f1f5e3f7a10';
    const response = await app.inject({ url: `/restaurants/${missing}`, headers: browsing });
    expect(response.statusCode).toBe(404);
    const upstream = problem.parse(await fromService(`/restaurants/${missing}`));
    expect(problem.parse(response.json()).message).toBe(upstream.message);
  });
});

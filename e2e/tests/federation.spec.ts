import { expect, test } from '@playwright/test';
import { sliceManifest } from '@tiffin/slice-contract';
import { topology } from '@tiffin/topology';

test('each slice comes from its own origin at run time and React runs once', async ({ page, baseURL }) => {
  const scripts: URL[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()));
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/catalog');
  const manifest = sliceManifest.parse(await (await page.request.get('/manifest.json')).json());
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();
  await nav.getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  await nav.getByRole('link', { name: 'Delivery' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /deliveries/i })).toBeVisible();

  const remoteEntries = scripts.filter((url) => url.pathname.endsWith('/remoteEntry.js'));
  const origins = new Set(remoteEntries.map((url) => url.origin));
  expect(origins.size).toBe(3);
  expect(origins).not.toContain(new URL(baseURL!).origin);
  // The operations slice is for operators: a customer's shell never loads it.
  const customersSlices = manifest.slices.filter((slice) => slice.name !== 'ops');
  expect([...origins].sort()).toEqual(customersSlices.map((slice) => new URL(slice.remoteEntry).origin).sort());

  // Shared libraries come from the shell's own bundle: no slice fetches its fallback copy of React,
  // the router, react-query, zod or the JSX runtime, and the shell fetches none separately either.
  const sharedChunks = scripts.filter((url) => url.pathname.includes('__federation_shared_'));
  expect(sharedChunks.map(String)).toEqual([]);
  const sharedFromSlices = scripts.filter(
    (url) => url.origin !== new URL(baseURL!).origin && /react-dom|react-router|react-query|zod/.test(url.pathname),
  );
  expect(sharedFromSlices.map(String)).toEqual([]);
  // Hooks inside the slices (router, react-query) would throw with a second React.
  expect(errors).toEqual([]);
});

test('a slice the browser cannot load leaves the rest of the shell working', async ({ page }) => {
  // The delivery slice's origin refuses the connection, as when its host is down.
  await page.route(/remoteEntry\.js/, (route) =>
    new URL(route.request().url()).port === String(topology.slices.delivery.port) ? route.abort('connectionrefused') : route.continue(),
  );
  await page.goto('/delivery');
  await expect(page.getByRole('heading', { name: 'The delivery section is unavailable right now' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Restaurants' }).click();
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();
});

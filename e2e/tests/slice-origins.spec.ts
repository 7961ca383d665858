import { expect, test } from '@playwright/test';
import { sliceManifest } from '@tiffin/slice-contract';
import { topology } from '@tiffin/topology';

test('an override to an origin off the allow-list is refused with a message, and the live slice loads', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/orders?slice.order=https://evil.example:6002');
  await expect(page.getByRole('alert', { name: 'Refused slice addresses' }).getByRole('listitem')).toHaveText(
    'The order override https://evil.example:6002 is not on the allow-list of slice origins; it was refused.',
  );
  await expect(page.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Slice overrides' })).toHaveCount(0);
  expect(requested.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
  const live = sliceManifest.parse(await (await page.request.get('/manifest.json')).json());
  const orderEntry = live.slices.find((s) => s.name === 'order')?.remoteEntry;
  expect(orderEntry?.startsWith(`http://localhost:${topology.slices.order.port}/`)).toBe(true);
  expect(requested).toContain(orderEntry);
});

test('a manifest entry off the allow-list is refused: a plain error card, the origin in the console, other slices load', async ({ page }) => {
  // The live manifest, with the delivery slice moved to an origin the edge does not allow.
  await page.route('**/manifest.json', async (route) => {
    const manifest = sliceManifest.parse(await (await route.fetch()).json());
    const moved = manifest.slices.map((s) => (s.name === 'delivery' ? { ...s, remoteEntry: 'https://cdn.elsewhere.example/remoteEntry.js' } : s));
    await route.fulfill({ json: { slices: moved } });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto('/delivery');
  const refusal = 'The manifest points the delivery section at https://cdn.elsewhere.example, which is not on the allow-list of slice origins.';
  const card = page.getByRole('main').getByRole('alert');
  await expect(card.getByRole('heading', { name: 'The delivery section was not loaded' })).toBeVisible();
  await expect(card).toContainText('This part of Tiffin is being updated and cannot open right now.');
  // Customers read the page: the allow-list is the developer's business, told in the console.
  await expect(page.getByText(/allow-list/)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('refused-manifest-entry.png') });
  expect(consoleErrors).toContain(`[shell] ${refusal}`);
  expect(requested.filter((url) => new URL(url).hostname === 'cdn.elsewhere.example')).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Restaurants' }).click();
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();
});

test('the page itself cannot load a script from an origin off the allow-list (CSP)', async ({ page }) => {
  await page.goto('/catalog');
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.effectiveDirective} ${event.blockedURI}`));
        const script = document.createElement('script');
        script.src = 'http://127.0.0.2:9/injected.js';
        document.head.append(script);
      }),
  );
  expect(blocked).toBe('script-src-elem http://127.0.0.2:9/injected.js');
});

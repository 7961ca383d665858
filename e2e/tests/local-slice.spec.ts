import { rm } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { topology } from '@tiffin/topology';
import { buildSliceCopy } from './support/sliceBuild';
import { serveSlice, type SliceServer } from './support/sliceServer';

let buildDir: string;
let local: SliceServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  buildDir = await buildSliceCopy('order');
  local = await serveSlice(buildDir);
});
test.afterAll(async () => {
  await local.close();
  await rm(buildDir, { recursive: true, force: true });
});

/** Origins the page fetched an order-slice remote entry from. */
function remoteEntryOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/remoteEntry.js') && url.port !== String(topology.slices.catalog.port) && url.port !== String(topology.slices.delivery.port)) {
      origins.add(url.origin);
    }
  });
  return origins;
}

test('a developer overrides the order slice in their browser only, with a banner and one click to clear', async ({ browser }) => {
  const developer = await browser.newPage();
  const liveOrder = `http://localhost:${topology.slices.order.port}`;
  const developerOrigins = remoteEntryOrigins(developer);

  await developer.goto(`/orders?slice.order=${local.origin}`);
  const banner = developer.getByRole('region', { name: 'Slice overrides' });
  await expect(banner).toContainText(`Orders (order slice) from ${local.origin}`);
  await expect(developer.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  // The parameter is stored and taken out of the address, so a shared link does not carry it.
  await expect(developer).toHaveURL(/\/orders$/);
  expect([...developerOrigins]).toEqual([local.origin]);
  expect(local.requests).toContain('/assets/remoteEntry.js');
  await developer.screenshot({ path: test.info().outputPath('override-banner.png') });

  // Other slices still come from the live manifest.
  await developer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Restaurants' }).click();
  await expect(developer.getByRole('list', { name: 'Restaurants' })).toBeVisible();

  // The override survives a reload in the developer's browser…
  await developer.reload();
  await expect(banner).toBeVisible();

  // …and is nowhere in another browser context.
  const customerContext = await browser.newContext();
  const other = await customerContext.newPage();
  const otherOrigins = remoteEntryOrigins(other);
  await other.goto('/orders');
  await expect(other.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  await expect(other.getByRole('region', { name: 'Slice overrides' })).toHaveCount(0);
  expect([...otherOrigins]).toEqual([liveOrder]);
  await customerContext.close();

  await banner.getByRole('button', { name: 'Clear overrides' }).click();
  await expect(developer.getByRole('region', { name: 'Slice overrides' })).toHaveCount(0);
  await developer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
  await expect(developer.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  expect(developerOrigins).toContain(liveOrder);
  await developer.close();
});

test('a slice whose server hangs shows a cue, then its error card within 5 s, even opened from another section; Retry loads it once the server answers', async ({ page }) => {
  test.setTimeout(60_000);
  local.hang();
  await page.goto(`/catalog?slice.order=${local.origin}`);
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();

  const clicked = Date.now();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
  // The page the customer left does not linger: the section says it is on its way…
  await expect(page.getByText('Loading orders…')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Restaurants' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('hung-slice-cue.png') });
  // …and, the server never answering, offers a way out within 5 s.
  const card = page.getByRole('alert').filter({ hasText: 'The orders section is unavailable right now' });
  await expect(card).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - clicked).toBeLessThanOrEqual(5_000);
  await page.screenshot({ path: test.info().outputPath('hung-slice-error-card.png') });

  local.answer();
  await card.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  await expect(card).toHaveCount(0);
  expect(local.requests.filter((r) => r.startsWith('/assets/remoteEntry.js'))).toEqual(
    expect.arrayContaining(['/assets/remoteEntry.js', '/assets/remoteEntry.js?attempt=1']),
  );
});

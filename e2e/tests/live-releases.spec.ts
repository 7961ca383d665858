import { rm } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { changedBuild, liveVersion, sliceCommand } from './support/sliceStore';

const v1Placeholder = 'Dish, cuisine or restaurant name';
const v2Placeholder = 'What are you hungry for? (live)';

test('a deploy while the shell is open re-mounts the slice where it stands, cart intact, at the next navigation or at once from the notice', async ({ page }) => {
  test.setTimeout(120_000);
  const v1 = await liveVersion('catalog');
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Garlic Naan' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Restaurants' }).click();
  await expect(page.getByPlaceholder(v1Placeholder)).toBeVisible();
  // A marker that only survives if the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { tiffinOpenPage: true }));

  const build = await changedBuild('catalog', v1Placeholder, v2Placeholder);
  try {
    expect((await sliceCommand('deploy', 'catalog', '--dist', build)).code).toBe(0);
  } finally {
    await rm(build, { recursive: true, force: true });
  }

  // A deploy comes to the section on screen as a notice, not under the customer's hands…
  const notice = page.getByRole('region', { name: 'New version' });
  await expect(notice).toContainText('A new version of the restaurants section is ready', { timeout: 5_000 });
  await expect(page.getByPlaceholder(v1Placeholder)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('new-version-notice.png') });
  // …and the customer takes it now: the same route, the same cart, the new release, no reload.
  await notice.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByPlaceholder(v2Placeholder)).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/\/catalog$/);
  await expect(page.getByRole('link', { name: /^Cart: 1 item/ })).toBeVisible();
  expect(await page.evaluate(() => (window as { tiffinOpenPage?: boolean }).tiffinOpenPage)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('after-update.png') });

  // A rollback while the customer fills in the search: it waits for them, and comes when they move on.
  await page.getByPlaceholder(v2Placeholder).fill('Bombay');
  const rolledBack = await sliceCommand('rollback', 'catalog');
  expect(rolledBack.code, rolledBack.output).toBe(0);
  expect(await liveVersion('catalog')).toBe(v1);
  await expect(notice).toBeVisible({ timeout: 5_000 });
  await expect(page.getByPlaceholder(v2Placeholder)).toHaveValue('Bombay');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Restaurants' }).click();
  await expect(page.getByPlaceholder(v1Placeholder)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Cart: 1 item/ })).toBeVisible();
  expect(await page.evaluate(() => (window as { tiffinOpenPage?: boolean }).tiffinOpenPage)).toBe(true);
});

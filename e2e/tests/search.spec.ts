import { expect, test } from '@playwright/test';

test('the search box finds a dish without its accent, says which dish matched, and says plainly when nothing does', async ({ page }) => {
  await page.goto('/catalog');
  const search = page.getByRole('searchbox', { name: 'Search restaurants' });
  const results = page.getByRole('list', { name: 'Restaurants' });

  await search.fill('tiramisu');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem')).toContainText('Trattoria Nonna Lucia');
  await expect(results.getByRole('listitem')).toContainText('Matching dish: Tiramisù');
  await page.screenshot({ path: test.info().outputPath('search-dish.png') });

  await search.fill('JAPANESE');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem')).toContainText('Sakura Noodle Bar');

  await search.fill('pizza on the moon');
  await expect(page.getByRole('status').filter({ hasText: 'No restaurant, cuisine or dish matches “pizza on the moon”.' })).toBeVisible();
  await expect(results).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('search-nothing.png') });
});

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sliceContractVersion, sliceManifest } from '@tiffin/slice-contract';
import { topology } from '@tiffin/topology';
import { changedBuild, fingerprint, liveVersion, sliceCommand } from './support/sliceStore';

const v1Placeholder = 'Dish, cuisine or restaurant name';
const v2Placeholder = 'What are you hungry for? (v2)';

test('deploy a new release of one slice while Tiffin runs, then roll it back', async ({ browser }) => {
  test.setTimeout(120_000);
  const v1 = await liveVersion('catalog');
  const othersBefore = { order: await fingerprint('order'), delivery: await fingerprint('delivery') };
  const liveOthers = { order: await liveVersion('order'), delivery: await liveVersion('delivery') };

  // A customer has the catalog open on the current release.
  const openTab = await (await browser.newContext()).newPage();
  await openTab.goto('/catalog');
  await expect(openTab.getByPlaceholder(v1Placeholder)).toBeVisible();

  const build = await changedBuild('catalog', v1Placeholder, v2Placeholder);
  try {
    const deployed = await sliceCommand('deploy', 'catalog', '--dist', build);
    expect(deployed.output).toMatch(/catalog 0\.1\.0\+[0-9a-f]{10} is live \(published\); was /);
    expect(deployed.code).toBe(0);
  } finally {
    await rm(build, { recursive: true, force: true });
  }
  const v2 = await liveVersion('catalog');
  expect(v2).not.toBe(v1);

  // A new page load shows v2, with no restart of the shell or any other slice.
  const newTab = await (await browser.newContext()).newPage();
  await newTab.goto('/catalog');
  await expect(newTab.getByPlaceholder(v2Placeholder)).toBeVisible();

  // The open tab keeps working on v1: it opens a restaurant's menu, and v1's files are still served.
  await openTab.getByRole('list', { name: 'Restaurants' }).getByRole('link').first().click();
  await expect(openTab.getByRole('heading', { level: 2, name: /menu/i })).toBeVisible();
  const v1Entry = `http://localhost:${topology.slices.catalog.port}/releases/${v1}/assets/remoteEntry.js`;
  expect((await openTab.request.get(v1Entry)).status()).toBe(200);

  const listed = await sliceCommand('list', 'catalog');
  expect(listed.output).toContain(v1);
  expect(listed.output).toMatch(new RegExp(`${v2.replace(/[.+]/g, '\\$&')}.*\\* live`));

  const rolledBack = await sliceCommand('rollback', 'catalog');
  expect(rolledBack.code).toBe(0);
  expect(await liveVersion('catalog')).toBe(v1);
  const afterRollback = await (await browser.newContext()).newPage();
  await afterRollback.goto('/catalog');
  await expect(afterRollback.getByPlaceholder(v1Placeholder)).toBeVisible();
  await afterRollback.screenshot({ path: test.info().outputPath('after-rollback.png') });

  // The other slices' bytes and live releases are exactly as they were.
  expect(await fingerprint('order')).toEqual(othersBefore.order);
  expect(await fingerprint('delivery')).toEqual(othersBefore.delivery);
  expect({ order: await liveVersion('order'), delivery: await liveVersion('delivery') }).toEqual(liveOthers);
});

test('deploy refuses a release built against a slice contract the shell cannot host', async ({ page }) => {
  const before = await liveVersion('order');
  const build = await changedBuild('order', 'Orders', 'Orders');
  try {
    // An artifact from a newer contract: its descriptor says so, its files are intact.
    expect((await sliceCommand('deploy', 'order', '--dist', build)).code).toBe(0);
    const descriptorFile = path.join(build, 'release.json');
    const descriptor = JSON.parse(await readFile(descriptorFile, 'utf8')) as { contractVersion: number; version: string };
    await writeFile(descriptorFile, JSON.stringify({ ...descriptor, contractVersion: sliceContractVersion + 1, version: `${descriptor.version}-next` }));
    const refused = await sliceCommand('deploy', 'order', '--artifact', build);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`is built against slice contract version ${sliceContractVersion + 1}; the shell hosts ${sliceContractVersion}`);
  } finally {
    await rm(build, { recursive: true, force: true });
  }
  expect(await liveVersion('order')).toBe(before);
  expect((await sliceCommand('list', 'order')).output).not.toContain('-next');
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
});

test('the shell refuses a manifest entry whose contract version it cannot host: a plain error card, the version in the console', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.route('**/manifest.json', async (route) => {
    const manifest = sliceManifest.parse(await (await route.fetch()).json());
    const future = manifest.slices.map((s) => (s.name === 'order' ? { ...s, contractVersion: sliceContractVersion + 1 } : s));
    await route.fulfill({ json: { slices: future } });
  });
  await page.goto('/orders');
  const card = page.getByRole('main').getByRole('alert');
  await expect(card.getByRole('heading', { name: 'The orders section was not loaded' })).toBeVisible();
  await expect(card).toContainText('This part of Tiffin is being updated and cannot open right now.');
  // A customer reads this page: the contract version is for developers, in the console.
  await expect(page.getByText(/contract version/)).toHaveCount(0);
  expect(consoleErrors.some((line) => line.includes(`needs slice contract version ${sliceContractVersion + 1}; this shell hosts ${sliceContractVersion}`))).toBe(true);
  await page.screenshot({ path: test.info().outputPath('contract-refused.png') });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Restaurants' }).click();
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();
});

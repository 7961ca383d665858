import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sliceContractVersion } from '@tiffin/slice-contract';
import { directoryStore, releaseDescriptor } from '@tiffin/slice-store';
import { liveVersion, sliceCommand, storeDir } from './support/sliceStore';

test('a rollback to a release the shell cannot host is refused with the reason, and the live release stays', async ({ page }) => {
  const store = directoryStore(storeDir());
  const live = await liveVersion('delivery');
  // A release built for a newer shell, in the store as one published before the shell was rolled
  // back would be: the live release's own files, described as built on the next contract.
  const liveDir = store.layout.releaseDir('delivery', live);
  const described = releaseDescriptor.parse(JSON.parse(await readFile(path.join(liveDir, 'release.json'), 'utf8')));
  const future = `${live}-next`;
  await store.put({ ...described, version: future, contractVersion: sliceContractVersion + 1 }, liveDir);

  const started = Date.now();
  const refused = await sliceCommand('rollback', 'delivery', '--to', future);
  const tookMs = Date.now() - started;
  test.info().annotations.push({ type: 'refused rollback', description: `${tookMs} ms` });
  expect(refused.code).toBe(1);
  expect(refused.output).toContain(
    `refused: delivery ${future} is built against slice contract version ${sliceContractVersion + 1}; the shell hosts ${sliceContractVersion}`,
  );
  expect(await liveVersion('delivery')).toBe(live);
  await page.goto('/delivery');
  await expect(page.getByRole('heading', { level: 1, name: /deliveries/i })).toBeVisible();
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceFingerprint } from '@tiffin/slice-kit/source-fingerprint';
import { directoryStore } from '@tiffin/slice-store';
import { fakeBuild } from '@tiffin/slice-store/testing';
import { repoRoot, topology, type SliceName } from '@tiffin/topology';
import { publishSlices } from './publishSlices';
import { planSliceReleases } from './slice-releases';

let root: string;
const checkedOut = (slice: SliceName) => sourceFingerprint(path.join(repoRoot, topology.slices[slice].dir));
const distOf = (slice: SliceName) => path.join(root, 'dist', slice);

/** A build in the slice's dist/ stamped as built from `sourceHash`. */
async function builtFrom(slice: SliceName, sourceHash: string): Promise<void> {
  await mkdir(distOf(slice), { recursive: true });
  await writeFile(path.join(distOf(slice), 'source.json'), JSON.stringify({ sourceHash }));
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-start-plan-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('what pnpm start --skip-build does with each slice', () => {
  it('keeps a stored release of the checkout, deploys a dist/ built from it, and builds every other slice', async () => {
    const store = directoryStore(path.join(root, 'store'));
    const order = await fakeBuild('0.1.0+mine', undefined, { sourceHash: await checkedOut('order') });
    await store.put(order.descriptor, order.dir);
    await builtFrom('catalog', await checkedOut('catalog'));
    // Built last from other source: an older checkout, or a branch since left.
    await builtFrom('delivery', 'a-build-of-other-source');

    const plan = await planSliceReleases(store, { skipBuild: true, distOf });
    expect(Object.fromEntries(plan.map((release) => [release.slice, release.action]))).toEqual({
      catalog: 'publish',
      order: 'keep',
      delivery: 'build',
      ops: 'build',
    });

    // The kept release goes live, since nothing was.
    await publishSlices(store, plan.filter((release) => release.action === 'keep'), () => undefined);
    expect((await store.live('order'))?.version).toBe('0.1.0+mine');
  });

  it('builds every slice without --skip-build', async () => {
    const plan = await planSliceReleases(directoryStore(path.join(root, 'store')), { skipBuild: false, distOf });
    expect(plan.every((release) => release.action === 'build')).toBe(true);
  });
});

import path from 'node:path';
import type { SliceName } from '@tiffin/slice-contract';
import { sourceFingerprint } from '@tiffin/slice-kit/source-fingerprint';
import { sliceDist, sourceHashOf, type SliceStore } from '@tiffin/slice-store';
import { repoRoot, sliceNames, topology } from '@tiffin/topology';

/** What `pnpm start` does with each slice before its origin serves it. */
export type SliceRelease =
  /** The store holds a release built from the checkout: nothing to build. */
  | { slice: SliceName; action: 'keep'; version: string }
  /** The slice's dist/ is a build of the checkout: deploy it. */
  | { slice: SliceName; action: 'publish' }
  /** Neither: build it, then deploy. */
  | { slice: SliceName; action: 'build' };

/**
 * Every slice is built unless `skipBuild`; then only a slice of which neither the store nor its
 * dist/ holds a build of the source checked out (by source fingerprint), so `--skip-build` never
 * serves a build of other source than the one in front of the developer.
 */
export async function planSliceReleases(
  store: SliceStore,
  { skipBuild, distOf = sliceDist }: { skipBuild: boolean; distOf?: (slice: SliceName) => string },
): Promise<SliceRelease[]> {
  return Promise.all(
    sliceNames.map(async (slice): Promise<SliceRelease> => {
      if (!skipBuild) return { slice, action: 'build' };
      const checkedOut = await sourceFingerprint(path.join(repoRoot, topology.slices[slice].dir));
      const stored = (await store.list(slice)).findLast((release) => release.sourceHash === checkedOut);
      if (stored) return { slice, action: 'keep', version: stored.version };
      if ((await sourceHashOf(distOf(slice))).sourceHash === checkedOut) return { slice, action: 'publish' };
      return { slice, action: 'build' };
    }),
  );
}

import { sliceNames } from '@tiffin/topology';
import { deploySlice, describeDist, directoryStore, sliceStoreDir } from '@tiffin/slice-store';
import type { Say } from './console';

/**
 * Deploys each slice's fresh build into the local slice store, as `pnpm slice deploy` would, so the
 * slice servers have a live release to serve. With --skip-build a slice that already has a live
 * release keeps it (it may be one deployed or rolled back on purpose).
 */
export async function publishSlices(options: { skipBuild: boolean; env: NodeJS.ProcessEnv; say: Say }): Promise<void> {
  const store = directoryStore(sliceStoreDir(options.env));
  for (const slice of sliceNames) {
    const live = await store.live(slice);
    if (options.skipBuild && live) {
      options.say(`[deploy] ${slice} … keeps live release ${live.version}`);
      continue;
    }
    const { release, published } = await deploySlice(store, slice, await describeDist(slice));
    options.say(`[deploy] ${slice} … ${release.version} live${published ? '' : ' (already in the store)'}`);
  }
}

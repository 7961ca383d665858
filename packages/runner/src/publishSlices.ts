import { deploySlice, describeDist, type SliceStore } from '@tiffin/slice-store';
import { seconds, type Say } from './console';
import type { SliceRelease } from './slice-releases';

/**
 * Makes each slice's release of the checkout available in the local slice store, as `pnpm slice
 * deploy` would, so the slice servers have a live release to serve. A release kept from the store
 * goes live only if nothing is: a live release may have been deployed or rolled back on purpose.
 */
export async function publishSlices(store: SliceStore, releases: readonly SliceRelease[], say: Say): Promise<void> {
  for (const release of releases) {
    const { slice } = release;
    if (release.action === 'keep') {
      const live = await store.live(slice);
      if (!live) await store.switchLive(slice, release.version);
      const kept = live && live.version !== release.version ? `live release ${live.version} (this checkout's, ${release.version}, is in the store)` : `${release.version}, built from this checkout`;
      say(`[deploy] ${slice} … keeps ${kept}`);
      continue;
    }
    const started = Date.now();
    // Publishing compresses every new file at the highest levels, which takes a while on a fresh store.
    say(`[deploy] ${slice} … publishing and compressing its build`);
    const { release: deployed, published } = await deploySlice(store, slice, await describeDist(slice));
    say(`[deploy] ${slice} … ${deployed.version} live${published ? '' : ' (already in the store)'} in ${seconds(started)}`);
  }
}

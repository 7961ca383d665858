import type { SliceName } from '@tiffin/slice-contract';
import { ReleaseError, type LivePointer, type SliceStore } from '../store';

/** Switches back to `to`, or to the release that was live before the current one. */
export async function rollbackSlice(store: SliceStore, slice: SliceName, to?: string): Promise<LivePointer> {
  const live = await store.live(slice);
  if (!live) throw new ReleaseError(`${slice} has no live release to roll back from`);
  const target = to ?? [...live.history].reverse().find((version) => version !== live.version);
  if (target === undefined) throw new ReleaseError(`${slice} has no earlier release; name one with --to <version>`);
  if (target === live.version) throw new ReleaseError(`${slice} ${target} is already live`);
  return store.switchLive(slice, target);
}

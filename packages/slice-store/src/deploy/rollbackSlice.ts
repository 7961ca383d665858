import type { SliceName } from '@tiffin/slice-contract';
import type { HostRequirements } from '../hostRequirements';
import { ReleaseError, type LivePointer, type SliceStore } from '../store';
import { assertShellHosts } from './hostGate';

/**
 * Switches back to `to`, or to the release that was live before the current one, if the live shell
 * can host it (the same gate as deploy); otherwise nothing changes.
 */
export async function rollbackSlice(store: SliceStore, slice: SliceName, to?: string, host?: HostRequirements): Promise<LivePointer> {
  const live = await store.live(slice);
  if (!live) throw new ReleaseError(`${slice} has no live release to roll back from`);
  const target = to ?? [...live.history].reverse().find((version) => version !== live.version);
  if (target === undefined) throw new ReleaseError(`${slice} has no earlier release; name one with --to <version>`);
  if (target === live.version) throw new ReleaseError(`${slice} ${target} is already live`);
  const release = await store.get(slice, target);
  if (!release) throw new ReleaseError(`${slice} has no release ${target}`);
  await assertShellHosts(release, host);
  return store.switchLive(slice, target, 'rollback');
}

import { sliceContractVersion, type SliceName } from '@tiffin/slice-contract';
import { directoryStore } from './directoryStore';
import { remoteEntryPath } from './descriptor';
import type { LiveSwitch } from './store';

export interface LiveRelease {
  /** Path of the live release's remote entry on the slice's origin, e.g. "/releases/0.1.0+ab12/assets/remoteEntry.js". */
  remoteEntryPath: string;
  version: string;
  contractVersion: number;
  switchedBy: LiveSwitch;
}

/**
 * The live release of a slice as the edge puts it in the manifest; read at every request, so a deploy
 * (an atomic rename of live.json) shows on the next page load without restarting anything.
 */
export async function liveRelease(storeDir: string, slice: SliceName): Promise<LiveRelease | undefined> {
  const store = directoryStore(storeDir);
  const live = await store.live(slice);
  if (!live) return undefined;
  const release = await store.get(slice, live.version);
  if (!release) return undefined;
  return {
    remoteEntryPath: `/releases/${release.version}/${remoteEntryPath}`,
    version: release.version,
    contractVersion: release.contractVersion,
    switchedBy: live.switchedBy ?? 'deploy',
  };
}

/** A slice served from outside the store is assumed to be built from this source's contract. */
export const externalContractVersion = sliceContractVersion;

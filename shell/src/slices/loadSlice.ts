import type { SliceComponent, SliceManifestEntry } from '@tiffin/contracts';
import { importRemoteModule } from './federationRuntime';
import { SliceLoadError, checkSliceModule, remoteEntryUrl } from './remoteSlice';
import { provideSharedLibraries } from './sharedScope';

export async function loadSlice(entry: SliceManifestEntry, attempt: number): Promise<{ default: SliceComponent }> {
  let loaded: unknown;
  provideSharedLibraries();
  try {
    loaded = await importRemoteModule(entry.name, remoteEntryUrl(entry, attempt), entry.exposedModule);
  } catch (cause) {
    throw new SliceLoadError(`Slice "${entry.name}" could not be loaded from ${entry.remoteEntry}`, { cause });
  }
  return checkSliceModule(loaded, entry);
}

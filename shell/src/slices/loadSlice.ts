import type { SliceComponent } from '@tiffin/slice-contract';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import { importRemoteModule } from './federationRuntime';
import { SliceLoadError, SliceRefusedError, checkSliceModule, remoteEntryUrl } from './remoteSlice';
import { provideSharedLibraries } from './sharedScope';

/**
 * Long enough for a slow connection to fetch a remote entry and its chunk (a few tens of kB), short
 * enough that a slice server that accepts the connection and never answers does not leave the
 * customer looking at "Loading…" for good.
 */
export const sliceLoadTimeoutMs = 10_000;

function withinDeadline<T>(work: Promise<T>, entry: ShellSliceEntry, url: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SliceLoadError(`Slice "${entry.name}" did not load from ${url} within ${sliceLoadTimeoutMs / 1000} s`)),
      sliceLoadTimeoutMs,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export async function loadSlice(entry: ShellSliceEntry, attempt: number): Promise<{ default: SliceComponent }> {
  if (entry.refusal) throw new SliceRefusedError(entry.refusal);
  provideSharedLibraries();
  const url = remoteEntryUrl(entry, attempt);
  let loaded: unknown;
  try {
    loaded = await withinDeadline(importRemoteModule(entry.name, url, entry.exposedModule), entry, url);
  } catch (cause) {
    if (cause instanceof SliceLoadError) throw cause;
    throw new SliceLoadError(`Slice "${entry.name}" could not be loaded from ${entry.remoteEntry}`, { cause });
  }
  return checkSliceModule(loaded, entry);
}

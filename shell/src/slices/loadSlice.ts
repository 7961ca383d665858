import type { SliceComponent } from '@tiffin/slice-contract';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import { SliceLoadError, SliceRefusedError, checkSliceModule, remoteEntryUrl } from './remoteSlice';

/**
 * How long a slice's code (its remote entry and chunk, a few tens of kB) may take before the section
 * shows its error card with Retry: a slow connection still fetches that within it, and a slice
 * server that accepts the connection and never answers leaves the customer with a card and a way out
 * within 5 s (the cue has been on screen since 300 ms).
 */
export const sliceLoadTimeoutMs = 4_000;

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

/** Fetches a federation remote's entry and runs one of its modules (federationRuntime.ts in the page). */
export type RemoteImporter = (remoteName: string, remoteEntryUrl: string, exposedModule: string) => Promise<unknown>;

export async function loadSlice(entry: ShellSliceEntry, attempt: number, importRemote: RemoteImporter): Promise<{ default: SliceComponent }> {
  if (entry.refusal) throw new SliceRefusedError(entry.refusal);
  const url = remoteEntryUrl(entry, attempt);
  let loaded: unknown;
  try {
    // Named by its URL: two releases of one slice (the one on screen, the one going live) are two remotes.
    loaded = await withinDeadline(importRemote(url, url, entry.exposedModule), entry, url);
  } catch (cause) {
    if (cause instanceof SliceLoadError) throw cause;
    throw new SliceLoadError(`Slice "${entry.name}" could not be loaded from ${entry.remoteEntry}`, { cause });
  }
  return checkSliceModule(loaded, entry);
}

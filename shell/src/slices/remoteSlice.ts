import { sliceModule, type SliceComponent, type SliceManifestEntry } from '@tiffin/slice-contract';

export class SliceLoadError extends Error {
  override readonly name = 'SliceLoadError';
}

/** The shell would not load the slice at all (its origin is off the allow-list): retrying cannot help. */
export class SliceRefusedError extends Error {
  override readonly name = 'SliceRefusedError';
}

/** A remote is someone else's build: check what it really exposed before React renders it. */
export function checkSliceModule(loaded: unknown, entry: Pick<SliceManifestEntry, 'name' | 'remoteEntry'>): { default: SliceComponent } {
  // The remote's container hands back the default export itself when a module exports nothing else.
  const candidate = typeof loaded === 'function' ? { default: loaded } : loaded;
  const parsed = sliceModule.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => i.message).join('; ');
    throw new SliceLoadError(`Slice "${entry.name}" from ${entry.remoteEntry} is not usable: ${issues}`);
  }
  return { default: parsed.data.default };
}

/**
 * A retry asks for the remote entry under a new URL: the browser remembers a module that failed to
 * load and would otherwise hand back the same failure.
 */
export function remoteEntryUrl(entry: Pick<SliceManifestEntry, 'remoteEntry'>, attempt: number): string {
  if (attempt === 0) return entry.remoteEntry;
  const url = new URL(entry.remoteEntry);
  url.searchParams.set('attempt', String(attempt));
  return url.toString();
}

import { hostedSliceContractVersions, type SliceManifest, type SliceManifestEntry } from '@tiffin/slice-contract';
import { isAllowedOrigin, type OriginPattern } from '../security/sliceOrigins';
import { remoteEntryFrom, type OverrideRequest } from './overrideParams';
import type { StoredOverrides } from './overrideStore';

/** A manifest entry as this browser will load it. */
export type ShellSliceEntry = SliceManifestEntry & {
  /** Set when the shell will not load this slice; says why, in a developer's words, for the console. */
  refusal?: string;
};

export interface SliceOverride {
  slice: string;
  label: string;
  remoteEntry: string;
}

export interface SliceSources {
  slices: ShellSliceEntry[];
  /** Slices this browser loads from a developer's machine instead of the live manifest. */
  overrides: SliceOverride[];
  /**
   * Sentences for the page about the overrides that were refused: only a developer asks for one. A
   * refused manifest entry is said in its entry's `refusal` (the console), since customers see the page.
   */
  refusals: string[];
  /** What to store for the next page load. */
  stored: StoredOverrides;
  /** The allow-list the entries were checked against: a release pushed later is checked against it too. */
  allowList: readonly OriginPattern[];
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Decides where this browser loads each slice from: the live manifest, unless the developer overrode
 * the slice (stored, or requested now in the URL). Every address, the manifest's included, must be
 * on the allow-list; the rest are refused with a sentence that names them.
 */
export function resolveSliceSources(
  manifest: SliceManifest,
  allowList: readonly OriginPattern[],
  stored: StoredOverrides,
  requests: readonly OverrideRequest[],
): SliceSources {
  const refusals: string[] = [];
  const next: StoredOverrides = { ...stored };
  const known = new Set(manifest.slices.map((entry) => entry.name as string));

  for (const { slice, location } of requests) {
    if (!known.has(slice)) {
      refusals.push(`No slice is called "${slice}"; the override was ignored.`);
      continue;
    }
    if (location === '') {
      delete next[slice];
      continue;
    }
    let remoteEntry: string;
    try {
      remoteEntry = remoteEntryFrom(location);
    } catch {
      refusals.push(`The ${slice} override "${location}" is not a URL; it was ignored.`);
      continue;
    }
    if (!isAllowedOrigin(remoteEntry, allowList)) {
      refusals.push(`The ${slice} override ${originOf(remoteEntry)} is not on the allow-list of slice origins; it was refused.`);
      continue;
    }
    next[slice] = remoteEntry;
  }

  const overrides: SliceOverride[] = [];
  const slices = manifest.slices.map((entry): ShellSliceEntry => {
    const override = next[entry.name];
    if (override !== undefined) {
      // Checked again: the allow-list may have shrunk since the override was stored.
      if (isAllowedOrigin(override, allowList)) {
        overrides.push({ slice: entry.name, label: entry.label, remoteEntry: override });
        return { ...entry, remoteEntry: override };
      }
      delete next[entry.name];
      refusals.push(`The stored ${entry.name} override ${originOf(override)} is no longer on the allow-list; it was removed.`);
    }
    if (!hostedSliceContractVersions.includes(entry.contractVersion)) {
      // A release built against a contract this shell does not speak would fail in obscure ways.
      const refusal = `The ${entry.label.toLowerCase()} section (release ${entry.version}) needs slice contract version ${entry.contractVersion}; this shell hosts ${hostedSliceContractVersions.join(', ')}.`;
      return { ...entry, refusal };
    }
    if (!isAllowedOrigin(entry.remoteEntry, allowList)) {
      const refusal = `The manifest points the ${entry.label.toLowerCase()} section at ${originOf(entry.remoteEntry)}, which is not on the allow-list of slice origins.`;
      return { ...entry, refusal };
    }
    return entry;
  });
  for (const slice of Object.keys(next)) if (!known.has(slice)) delete next[slice];

  return { slices, overrides, refusals, stored: next, allowList };
}

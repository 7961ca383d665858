import { z } from 'zod';
import { sliceName } from '@tiffin/slice-contract';

/** A release version names a folder and a URL path segment, so it may hold no separators or dots-only. */
export const releaseVersion = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/, 'a release version is letters, digits, ".", "+" and "-", starting with a letter or digit');

export const releaseFile = z.object({
  /** Path inside the release, with "/" separators, e.g. "assets/remoteEntry.js". */
  path: z.string().regex(/^(?!.*\.\.)[^\\]+$/, 'a release file path stays inside the release'),
  bytes: z.number().int().nonnegative(),
  /** Subresource-integrity form, e.g. "sha384-…". */
  integrity: z.string().regex(/^sha384-[A-Za-z0-9+/]+=*$/),
});
export type ReleaseFile = z.infer<typeof releaseFile>;

/** release.json: what a slice build is, stored beside its files and never changed afterwards. */
export const releaseDescriptor = z.object({
  slice: sliceName,
  version: releaseVersion,
  contractVersion: z.number().int().positive(),
  builtAt: z.iso.datetime(),
  /** Installed versions of the shared libraries the slice was built against. */
  sharedLibraries: z.record(z.string(), z.string()),
  /**
   * The fingerprint of the source it was built from (the build's source.json, see slice-kit's
   * sourceStamp); absent for a development build and for releases published before it was kept.
   */
  sourceHash: z.string().optional(),
  files: z.array(releaseFile).min(1),
});
export type ReleaseDescriptor = z.infer<typeof releaseDescriptor>;

export const remoteEntryPath = 'assets/remoteEntry.js';
export const descriptorFile = 'release.json';

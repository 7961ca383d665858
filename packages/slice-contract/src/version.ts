// No imports: shell/vite.config.ts has Node load this file by path, and Node cannot run the
// workspace packages' TypeScript entries.

/**
 * Version of the slice contract (SliceProps and the manifest entry). Raised whenever a change means a
 * slice built against the old contract could not run in the new shell, or the other way round.
 */
export const sliceContractVersion = 2;
/** Contract versions a shell built from this source can host; deploy and the shell both check it. */
export const hostedSliceContractVersions: readonly number[] = [sliceContractVersion];

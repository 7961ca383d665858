import { type SliceManifest } from '@tiffin/contracts';
/**
 * Where the shell finds each slice right now. Built at every request (a few small file reads), so
 * `pnpm slice deploy` and `rollback` show on the next page load with no restart; checked against the
 * contract so a bad entry fails here rather than in every browser.
 */
export declare function buildSliceManifest(env?: NodeJS.ProcessEnv): Promise<SliceManifest>;

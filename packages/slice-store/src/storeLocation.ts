import path from 'node:path';
import { loadEnv } from '@tiffin/topology';

/**
 * TIFFIN_SLICE_STORE_DIR, else slices/ under the data directory: what `pnpm start` and deploy share.
 * Absolute, because `pnpm dev:slice` changes its working directory to the slice's folder.
 */
export function sliceStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.TIFFIN_SLICE_STORE_DIR ?? path.join(loadEnv(env).TIFFIN_DATA_DIR, 'slices'));
}

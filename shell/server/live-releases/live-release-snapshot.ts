import type { LiveReleases } from '@tiffin/slice-contract';
import { liveRelease, sliceStoreDir } from '@tiffin/slice-store';
import { sliceNames, sliceUrlVar } from '@tiffin/topology';
import { buildSliceManifest } from '../manifest';

/** The manifest as the edge serves it now, and which slices run a development build. */
export async function liveReleasesNow(env: NodeJS.ProcessEnv): Promise<LiveReleases> {
  const [manifest, development] = await Promise.all([
    buildSliceManifest(env),
    Promise.all(
      sliceNames.map(async (name) => {
        // A slice served from elsewhere (TIFFIN_<NAME>_SLICE_URL) is not this store's to describe.
        if (env[sliceUrlVar(name)] !== undefined) return undefined;
        return (await liveRelease(sliceStoreDir(env), name))?.switchedBy === 'dev-build' ? name : undefined;
      }),
    ),
  ]);
  return { ...manifest, development: development.filter((name) => name !== undefined) };
}

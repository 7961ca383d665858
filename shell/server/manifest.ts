import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sliceContractVersion, sliceManifest, type SliceManifest, type SliceName } from '@tiffin/slice-contract';
import { externalContractVersion, liveRelease, sliceStoreDir } from '@tiffin/slice-store';
import { repoRoot, sliceNames, sliceOrigin, sliceUrlVar, topology } from '@tiffin/topology';

async function packageVersion(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, dir, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return String(manifest.version);
}

/**
 * Where the browser loads one slice from now: TIFFIN_<NAME>_SLICE_URL if set (a build served from
 * elsewhere, taken as it is), else the live release in the slice store, else the bare origin (a slice
 * server not fed by this store).
 */
async function sliceLocation(
  name: SliceName,
  env: NodeJS.ProcessEnv,
): Promise<{ remoteEntry: string; version: string; contractVersion: number }> {
  const origin = sliceOrigin(name, env);
  const external = env[sliceUrlVar(name)] !== undefined;
  const live = external ? undefined : await liveRelease(sliceStoreDir(env), name);
  if (live) return { remoteEntry: `${origin}${live.remoteEntryPath}`, version: live.version, contractVersion: live.contractVersion };
  return {
    remoteEntry: `${origin}/assets/remoteEntry.js`,
    version: await packageVersion(topology.slices[name].dir),
    contractVersion: external ? externalContractVersion : sliceContractVersion,
  };
}

/**
 * Where the shell finds each slice right now. Built at every request (a few small file reads), so
 * `pnpm slice deploy` and `rollback` show on the next page load with no restart; checked against the
 * contract so a bad entry fails here rather than in every browser.
 */
export async function buildSliceManifest(env: NodeJS.ProcessEnv = process.env): Promise<SliceManifest> {
  const slices = await Promise.all(
    sliceNames.map(async (name) => {
      const slice = topology.slices[name];
      return {
        name,
        route: slice.route,
        label: slice.label,
        exposedModule: './Slice',
        ...(await sliceLocation(name, env)),
        bffBase: `/bff/${slice.bff}`,
      };
    }),
  );
  return sliceManifest.parse({ slices });
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sliceManifest, type SliceManifest } from '@tiffin/contracts';
import { repoRoot, sliceNames, sliceOrigin, topology } from '@tiffin/topology';

async function sliceVersion(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, dir, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return String(manifest.version);
}

/**
 * Where the shell finds each slice right now. Derived from the topology so a slice moves by changing
 * its TIFFIN_<NAME>_SLICE_URL, and checked against the contract so a bad entry fails at start-up
 * rather than in every browser.
 */
export async function buildSliceManifest(env: NodeJS.ProcessEnv = process.env): Promise<SliceManifest> {
  const slices = await Promise.all(
    sliceNames.map(async (name) => {
      const slice = topology.slices[name];
      return {
        name,
        route: slice.route,
        label: slice.label,
        remoteEntry: `${sliceOrigin(name, env)}/assets/remoteEntry.js`,
        exposedModule: './Slice',
        version: await sliceVersion(slice.dir),
        bffBase: `/bff/${slice.bff}`,
      };
    }),
  );
  return sliceManifest.parse({ slices });
}

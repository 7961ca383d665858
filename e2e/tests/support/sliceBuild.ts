import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, topology, type SliceName } from '@tiffin/topology';

/**
 * A second production build of one slice, in a folder of its own: what a developer has on their
 * machine when they override that slice. The running system's build in <slice>/dist is untouched.
 */
export async function buildSliceCopy(slice: SliceName): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), `tiffin-${slice}-local-`));
  await promisify(execFile)('pnpm', ['exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: path.join(repoRoot, topology.slices[slice].dir),
  });
  return outDir;
}

import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SliceName } from '@tiffin/slice-contract';
import { repoRoot, topology } from '@tiffin/topology';
import { descriptorFile } from '../descriptor';
import { describeBuild } from '../release';
import { ReleaseError } from '../store';

/** Where a slice's own build leaves its artifact. */
export function sliceDist(slice: SliceName): string {
  return path.join(repoRoot, topology.slices[slice].dir, 'dist');
}

/** Turns a slice's dist/ into an artifact by writing its release.json; returns the folder. */
export async function describeDist(slice: SliceName, distDir: string = sliceDist(slice)): Promise<string> {
  const descriptor = await describeBuild(slice, path.join(repoRoot, topology.slices[slice].dir), distDir);
  await writeFile(path.join(distDir, descriptorFile), `${JSON.stringify(descriptor, null, 2)}\n`);
  return distDir;
}

/** `vite build` of one slice through pnpm, its output shown as it comes; then described. */
export async function buildSliceArtifact(slice: SliceName, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = topology.slices[slice].dir;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', `./${dir}`, 'build'], { cwd: repoRoot, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new ReleaseError(`the build of ${dir} failed (exit code ${code})`);
  return describeDist(slice);
}

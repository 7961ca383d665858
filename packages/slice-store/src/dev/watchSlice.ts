import { randomBytes } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import type { SliceName } from '@tiffin/slice-contract';
import { repoRoot, topology } from '@tiffin/topology';

/**
 * Rebuilds one slice on every save with vite's watch mode. Each finished build is moved out of the
 * way at once (one rename, before the next build can start writing) and handed over whole: nothing
 * ever reads a folder vite is still writing.
 */
export async function watchSlice(
  slice: SliceName,
  onBuilt: (buildDir: string, timing: { startedAt: number; builtAt: number }) => Promise<void>,
  onError: (error: unknown) => void,
): Promise<Rollup.RollupWatcher> {
  const root = path.join(repoRoot, topology.slices[slice].dir);
  const staging = path.join(root, 'node_modules', '.tiffin-dev', 'building');
  let startedAt = Date.now();
  let failed = false;
  let handOver = Promise.resolve();
  // The slice's vite config names its entries relative to the working directory, as `vite build` runs.
  process.chdir(root);
  const watcher = await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // Not minified, and no gzip sizes printed: the developer's own browser loads it over loopback,
    // and those are most of a rebuild's time, which is what the developer waits for after a save.
    build: { outDir: staging, emptyOutDir: true, watch: {}, minify: false, reportCompressedSize: false },
  });
  if (!('on' in watcher)) throw new Error('vite did not start watching');
  watcher.on('event', (event) => {
    if (event.code === 'START') {
      startedAt = Date.now();
      failed = false;
    }
    if (event.code === 'BUNDLE_END') void event.result.close();
    if (event.code === 'ERROR') {
      failed = true;
      onError(event.error);
      void event.result?.close();
    }
    // A failed build leaves the live release as it was; the next save tries again.
    if (event.code !== 'END' || failed || !existsSync(staging)) return;
    const finished = path.join(root, 'node_modules', '.tiffin-dev', `built-${randomBytes(4).toString('hex')}`);
    renameSync(staging, finished);
    const timing = { startedAt, builtAt: Date.now() };
    handOver = handOver
      .then(() => onBuilt(finished, timing))
      .catch(onError)
      .finally(() => rm(finished, { recursive: true, force: true }));
  });
  return watcher;
}

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
// By path: the slices' vite configs load this file, and Vite's config loader cannot run the
// workspace packages' TypeScript entries (see ../vite.ts).
import { repoRoot } from '../../../topology/src/config';

/** Never read by a build: installs, outputs, tests. */
const skipped = new Set(['node_modules', 'dist', '.tiffin-dev']);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
/** What the whole workspace's builds read besides the packages themselves. */
const workspaceInputs = ['pnpm-lock.yaml', 'tsconfig.base.json'];

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Every workspace package's folder by its name, under packages/ (what slices may depend on). */
async function workspacePackages(): Promise<Map<string, string>> {
  const folders = await readdir(path.join(repoRoot, 'packages'), { withFileTypes: true });
  const found = await Promise.all(
    folders
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const dir = path.join(repoRoot, 'packages', entry.name);
        return readManifest(dir).then(
          (manifest) => [manifest.name, dir] as const,
          () => undefined,
        );
      }),
  );
  return new Map(found.filter((pair) => pair !== undefined));
}

/** The folder and every workspace package it depends on, however indirectly. */
async function foldersOf(dir: string, packages: Map<string, string>, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  const manifest = await readManifest(dir);
  const dependencies = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const [name, range] of Object.entries(dependencies)) {
    const dependency = packages.get(name);
    if (dependency && range.startsWith('workspace:')) await foldersOf(dependency, packages, seen);
  }
  return seen;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !skipped.has(entry.name))
      .map((entry) => {
        const file = path.join(dir, entry.name);
        return entry.isDirectory() ? filesUnder(file) : Promise.resolve(isTest(entry.name) ? [] : [file]);
      }),
  );
  return nested.flat();
}

/**
 * A hash of everything a build of the slice in `sliceDir` reads from the checkout: its own folder,
 * each workspace package it depends on (however indirectly) and the lockfile, leaving out installs,
 * outputs and tests. Two checkouts with the same fingerprint build the same release.
 */
export async function sourceFingerprint(sliceDir: string): Promise<string> {
  const folders = await foldersOf(path.resolve(sliceDir), await workspacePackages());
  const files = [...(await Promise.all([...folders].map(filesUnder))).flat(), ...workspaceInputs.map((file) => path.join(repoRoot, file))];
  const hash = createHash('sha256');
  for (const file of files.map((file) => path.relative(repoRoot, file)).sort()) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(repoRoot, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

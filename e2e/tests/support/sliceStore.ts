import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, type SliceName } from '@tiffin/topology';

/** The slice store of the system under test (the e2e web server's data directory). */
export function storeDir(): string {
  const dataDir = process.env.TIFFIN_E2E_DATA_DIR;
  if (!dataDir) throw new Error('TIFFIN_E2E_DATA_DIR is not set; run through playwright.config.ts');
  return path.join(dataDir, 'slices');
}

export async function liveVersion(slice: SliceName): Promise<string> {
  return (JSON.parse(await readFile(path.join(storeDir(), slice, 'live.json'), 'utf8')) as { version: string }).version;
}

/** sha256 of every file a slice has in the store, by path: to prove a deploy left them alone. */
export async function fingerprint(slice: SliceName): Promise<Record<string, string>> {
  const root = path.join(storeDir(), slice);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const prints: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    prints[path.relative(root, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return prints;
}

/** `pnpm slice …` against the running system's store, as a slice team runs it. */
export async function sliceCommand(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('pnpm', ['--silent', 'slice', ...args], {
      cwd: repoRoot,
      env: { ...process.env, TIFFIN_DATA_DIR: process.env.TIFFIN_E2E_DATA_DIR },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/**
 * A copy of a slice's live build with one piece of visible text changed: a second release of the same
 * package.json version, as a team's next build would be.
 */
export async function changedBuild(slice: SliceName, from: string, to: string): Promise<string> {
  const release = path.join(storeDir(), slice, 'releases', await liveVersion(slice));
  const dir = await mkdtemp(path.join(tmpdir(), `tiffin-${slice}-v2-`));
  await cp(release, dir, { recursive: true, filter: (file) => !/\.(br|gz)$/.test(file) && !file.endsWith('release.json') });
  let changed = 0;
  for (const name of await readdir(path.join(dir, 'assets'))) {
    const file = path.join(dir, 'assets', name);
    if (!name.endsWith('.js')) continue;
    const text = await readFile(file, 'utf8');
    if (!text.includes(from)) continue;
    await writeFile(file, text.replaceAll(from, to));
    changed += 1;
  }
  if (changed === 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`no script of the live ${slice} release contains "${from}"`);
  }
  return dir;
}

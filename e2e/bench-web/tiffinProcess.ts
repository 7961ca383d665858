import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, topology } from '@tiffin/topology';

const startupTimeoutMs = 240_000;

export interface RunningTiffin {
  url: string;
  /** Its TIFFIN_DATA_DIR (databases, broker journal, slice store), removed by stop(). */
  dataDir: string;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** `pnpm start --skip-build` on fresh databases (the seed restaurants), as a user runs it. */
export async function startTiffin(): Promise<RunningTiffin> {
  const url = `http://localhost:${topology.edge.port}`;
  if (await answers(`${url}/manifest.json`)) {
    throw new Error(`something already answers on ${url}; stop it first (bench:web starts its own Tiffin)`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tiffin-bench-web-'));
  const child: ChildProcess = spawn('pnpm', ['start', '--skip-build'], {
    cwd: repoRoot,
    env: { ...process.env, TIFFIN_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGINT');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + startupTimeoutMs;
  while (!(await answers(`${url}/manifest.json`))) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited with code ${child.exitCode} before Tiffin answered`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Tiffin did not answer on ${url} within ${startupTimeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, dataDir, stop };
}

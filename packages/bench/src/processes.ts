import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '@tiffin/topology';

export interface BenchProcess {
  name: string;
  child: ChildProcess;
  /** Resident memory now, from /proc. */
  rss(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point as one node process (no tsx wrapper process), so its pid is the
 * process whose memory is reported. Output is kept quiet but shown if the process dies early.
 */
export function startNode(name: string, entry: string, env: NodeJS.ProcessEnv): BenchProcess {
  // TIFFIN_BENCH_PROFILE=<name>,… writes a CPU profile of those processes to TIFFIN_BENCH_PROFILE_DIR.
  const profiled = (process.env.TIFFIN_BENCH_PROFILE ?? '').split(',').includes(name);
  const profileArgs = profiled ? ['--cpu-prof', `--cpu-prof-dir=${process.env.TIFFIN_BENCH_PROFILE_DIR ?? 'bench-profiles'}`] : [];
  const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', entry], {
    cwd: repoRoot,
    // An undefined value removes a variable the bench itself was started with.
    env: Object.fromEntries(
      Object.entries({ ...process.env, TIFFIN_LOG_LEVEL: 'warn', ...env }).filter(([, value]) => value !== undefined),
    ),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`[bench] ${name} exited (${signal ?? code}):\n${output.join('')}\n`);
  });
  let stopping = false;
  return {
    name,
    child,
    async rss() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kib ? Number(kib) * 1024 : Number.NaN;
    },
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Polls `url` until it answers 2xx. */
export async function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(100);
  }
}

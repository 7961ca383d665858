import { spawn, type ChildProcess } from 'node:child_process';
import type { Say } from './console';
import { forEachLine, OutputTail } from './output-tail';

export interface ChildSpec {
  /** Shown before each of its output lines, e.g. "order-bff". */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningChild {
  readonly name: string;
  /** What started it, to start it again. */
  readonly spec: ChildSpec;
  readonly tail: OutputTail;
  /** Settles when the process has exited (for any reason) and its output is drained. */
  readonly exited: Promise<ChildExit>;
  /** True once `stop` was called, so an exit is expected rather than a crash. */
  readonly stopping: boolean;
  stop(graceMs?: number): Promise<ChildExit>;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // A negative pid addresses the whole group: tsx, pnpm and vite all start grandchildren.
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

const liveGroups = new Set<ChildProcess>();

/** Last resort when the runner itself exits abruptly: never leave servers holding Tiffin's ports. */
process.once('exit', () => {
  for (const child of liveGroups) signalGroup(child, 'SIGKILL');
});

export interface ChildOutputOptions {
  /** False keeps the output only in the tail (builds are shown only when they fail). */
  echo?: boolean;
  /** Sees every line first; true takes the line for the runner and leaves it out of the output. */
  heard?: (line: string) => boolean;
}

/** Starts a child in its own process group, echoing its output line by line behind its name. */
export function startChild(spec: ChildSpec, say: Say, options: ChildOutputOptions = {}): RunningChild {
  const echo = options.echo ?? true;
  const child = spawn(spec.command, [...spec.args], {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveGroups.add(child);
  const tail = new OutputTail();
  const onLine = (line: string) => {
    // A line for the runner itself (a part's progress) is neither shown nor kept.
    if (options.heard?.(line)) return;
    tail.push(line);
    if (echo) say(`[${spec.name}] ${line}`);
  };
  const drained = Promise.all([forEachLine(child.stdout!, onLine), forEachLine(child.stderr!, onLine)]);
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('error', (error) => {
      tail.push(`could not start ${spec.command}: ${error.message}`);
      resolve({ code: null, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  }).then(async (exit) => {
    liveGroups.delete(child);
    // Grandchildren may still hold the pipes open; the group is done once the main process is.
    signalGroup(child, 'SIGKILL');
    await drained;
    return exit;
  });

  let stopping = false;
  return {
    name: spec.name,
    spec,
    tail,
    exited,
    get stopping() {
      return stopping;
    },
    async stop(graceMs = 5_000) {
      stopping = true;
      signalGroup(child, 'SIGTERM');
      const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      const exit = await exited;
      clearTimeout(killer);
      return exit;
    },
  };
}

export function describeExit(exit: ChildExit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@tiffin/topology';
import { seconds, type Say } from './console';
import type { Fleet } from './fleet';
import { describeExit } from './processes';
import { StartupError } from './wait';

export interface BuildTarget {
  /** Folder under the repository root, e.g. "mfe-catalog"; also the name shown. */
  dir: string;
  /** A file the build must produce, to tell a usable dist from a missing or partial one. */
  output: string;
}

/** Two at a time: the machine has two cores and vite keeps one busy. */
const parallelBuilds = 2;

interface BuildContext {
  env: NodeJS.ProcessEnv;
  say: Say;
  fleet: Fleet;
}

async function buildOne(target: BuildTarget, { env, say, fleet }: BuildContext): Promise<void> {
  const started = Date.now();
  say(`[build] ${target.dir} …`);
  const [child] = fleet.startGroup(
    [{ name: target.dir, command: 'pnpm', args: ['--filter', `./${target.dir}`, 'build'], cwd: repoRoot, env }],
    { echo: false, expectExit: true },
  );
  if (!child) throw new Error('no build process started');
  const exit = await child.exited;
  if (exit.code !== 0) throw new StartupError(`build of ${target.dir} ${describeExit(exit)}`, child);
  // pnpm exits 0 when a filter matches nothing, so success is judged by what the build left behind.
  if (!existsSync(path.join(repoRoot, target.dir, target.output))) {
    throw new StartupError(`build of ${target.dir} finished without producing ${target.output}`, child);
  }
  say(`[build] ${target.dir} … done in ${seconds(started)}`);
}

/** Builds every target with `vite build` through pnpm, at most two at once; stops at the first failure. */
export async function buildAll(targets: readonly BuildTarget[], context: BuildContext): Promise<void> {
  const queue = [...targets];
  let failure: unknown;
  const worker = async () => {
    for (let target = queue.shift(); target && !failure; target = queue.shift()) {
      try {
        await buildOne(target, context);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: parallelBuilds }, worker));
  if (failure) throw failure;
}

/** For --skip-build: says which build is missing instead of letting a server fail obscurely later. */
export function assertBuilt(targets: readonly BuildTarget[]): void {
  const missing = targets.filter((target) => !existsSync(path.join(repoRoot, target.dir, target.output)));
  if (missing.length > 0) {
    throw new StartupError(
      `not built: ${missing.map((target) => target.dir).join(', ')}. Run \`pnpm start\` without --skip-build.`,
    );
  }
}

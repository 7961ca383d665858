import { sliceName, type SliceName } from '@tiffin/slice-contract';
import { sliceNames } from '@tiffin/topology';
import { buildSliceArtifact, describeDist } from '../deploy/buildSlice';
import { deploySlice } from '../deploy/deploySlice';
import { rollbackSlice } from '../deploy/rollbackSlice';
import { directoryStore } from '../directoryStore';
import { ReleaseError } from '../store';
import { sliceStoreDir } from '../storeLocation';

export const usage = `usage:
  pnpm slice deploy <name>                      build the slice, publish it, make it live
                    [--artifact <dir>]          … or take a built artifact (files + release.json)
                    [--dist <dir>]              … or describe and take a finished vite build
  pnpm slice rollback <name> [--to <version>]   make the previous (or the named) release live
  pnpm slice list <name>                        the releases, newest last, and which is live
slices: ${sliceNames.join(', ')}`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function parseSlice(name: string | undefined): SliceName {
  const parsed = sliceName.safeParse(name);
  if (!parsed.success) throw new UsageError(name === undefined ? 'name a slice' : `no slice is called "${name}"`);
  return parsed.data;
}

/** `--flag value` pairs after the slice name; anything else is an error naming it. */
function parseOptions(args: string[], allowed: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!allowed.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    options[flag] = value;
  }
  return options;
}

export async function runSliceCommand(args: string[], env: NodeJS.ProcessEnv, say: (line: string) => void): Promise<void> {
  const [command, name, ...rest] = args;
  const store = directoryStore(sliceStoreDir(env));
  switch (command) {
    case 'deploy': {
      const slice = parseSlice(name);
      const options = parseOptions(rest, ['--artifact', '--dist']);
      if (options['--artifact'] && options['--dist']) throw new UsageError('give --artifact or --dist, not both');
      const dist = options['--dist'];
      const artifact = options['--artifact'] ?? (dist ? await describeDist(slice, dist) : await buildSliceArtifact(slice, env));
      const { release, published, previous } = await deploySlice(store, slice, artifact);
      say(
        `${slice} ${release.version} is live` +
          (published ? ' (published)' : ' (already in the store)') +
          (previous && previous !== release.version ? `; was ${previous}` : ''),
      );
      return;
    }
    case 'rollback': {
      const slice = parseSlice(name);
      const options = parseOptions(rest, ['--to']);
      const live = await store.live(slice);
      const pointer = await rollbackSlice(store, slice, options['--to']);
      say(`${slice} ${pointer.version} is live; was ${live?.version}`);
      return;
    }
    case 'list': {
      const slice = parseSlice(name);
      parseOptions(rest, []);
      const [releases, live] = await Promise.all([store.list(slice), store.live(slice)]);
      if (releases.length === 0) say(`${slice} has no releases in ${sliceStoreDir(env)}`);
      for (const release of releases) {
        const marker = release.version === live?.version ? '* live' : '';
        say(`${release.version.padEnd(24)} built ${release.builtAt}  contract v${release.contractVersion}  ${marker}`.trimEnd());
      }
      return;
    }
    default:
      throw new UsageError(command === undefined ? 'name a command' : `unknown command "${command}"`);
  }
}

/** What the process prints and exits with for an error: usage problems and refusals are the caller's to fix. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError) return { message: `${error.message}\n${usage}`, exitCode: 2 };
  if (error instanceof ReleaseError) return { message: error.message, exitCode: 1 };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error), exitCode: 1 };
}

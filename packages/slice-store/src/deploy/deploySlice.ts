import type { SliceName } from '@tiffin/slice-contract';
import { readArtifact } from '../artifact';
import type { ReleaseDescriptor } from '../descriptor';
import { ReleaseError, type LiveSwitch, type SliceStore } from '../store';
import { assertShellHosts } from './hostGate';

export interface Deployed {
  release: ReleaseDescriptor;
  /** False when the same bytes were already in the store (a redeploy of one build). */
  published: boolean;
  /** The release that was live before, if any. */
  previous?: string;
}

/**
 * Publishes an artifact and makes it live, after checking it is what was built and that the shell can
 * host it. Nothing else changes: other slices, the shell and older releases stay as they are.
 * `switchedBy` says what open shells do with it: `dev-build` (pnpm dev:slice) is taken at once.
 */
export async function deploySlice(
  store: SliceStore,
  slice: SliceName,
  artifactDir: string,
  switchedBy: Extract<LiveSwitch, 'deploy' | 'dev-build'> = 'deploy',
): Promise<Deployed> {
  const release = await readArtifact(artifactDir);
  if (release.slice !== slice) {
    throw new ReleaseError(`${artifactDir} holds a release of ${release.slice}, not of ${slice}`);
  }
  await assertShellHosts(release);

  const published = (await store.get(slice, release.version)) === undefined;
  if (published) await store.put(release, artifactDir);
  const previous = (await store.live(slice))?.version;
  if (previous !== release.version) await store.switchLive(slice, release.version, switchedBy);
  return { release, published, ...(previous === undefined ? {} : { previous }) };
}

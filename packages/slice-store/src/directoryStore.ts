import { randomBytes } from 'node:crypto';
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SliceName } from '@tiffin/slice-contract';
import { writeFileAtomically } from './atomicWrite';
import { descriptorFile, releaseDescriptor, releaseVersion, type ReleaseDescriptor } from './descriptor';
import { precompress, type Compression } from './precompress';
import { ReleaseError, type LivePointer, type SliceStore } from './store';

/** Enough to roll back through a long afternoon of deploys; older entries drop off the pointer only. */
const historyKept = 50;
const incomingPrefix = '.incoming-';

export interface DirectoryStoreLayout {
  releasesDir(slice: SliceName): string;
  releaseDir(slice: SliceName, version: string): string;
  livePointerFile(slice: SliceName): string;
}

/** <root>/<slice>/releases/<version>/… and <root>/<slice>/live.json */
export function directoryLayout(root: string): DirectoryStoreLayout {
  return {
    releasesDir: (slice) => path.join(root, slice, 'releases'),
    releaseDir: (slice, version) => path.join(root, slice, 'releases', releaseVersion.parse(version)),
    livePointerFile: (slice) => path.join(root, slice, 'live.json'),
  };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Copies file.br and file.gz from an identical file, where it has them. */
async function reuseCompressed(from: string, to: string): Promise<void> {
  for (const suffix of ['.br', '.gz']) {
    if (await exists(from + suffix)) await copyFile(from + suffix, to + suffix);
  }
}

/**
 * The slice store on a local directory, served per slice origin by sliceCdn.ts. `compression` is how
 * hard new files are compressed as they are published (see precompress.ts).
 */
export function directoryStore(root: string, { compression = 'smallest' }: { compression?: Compression } = {}): SliceStore & { layout: DirectoryStoreLayout } {
  const layout = directoryLayout(root);

  async function get(slice: SliceName, version: string): Promise<ReleaseDescriptor | undefined> {
    const raw = await readJson(path.join(layout.releaseDir(slice, version), descriptorFile));
    return raw === undefined ? undefined : releaseDescriptor.parse(raw);
  }

  return {
    layout,
    get,

    async put(descriptor, filesDir) {
      const release = releaseDescriptor.parse(descriptor);
      const target = layout.releaseDir(release.slice, release.version);
      if (await exists(target)) {
        throw new ReleaseError(`${release.slice} ${release.version} is already published; releases are never overwritten`);
      }
      // Files the live release has with the same bytes (a rebuild keeps most chunks) reuse its
      // compressed copies: brotli at its highest level takes seconds on the libraries' fallbacks.
      const live = await readJson(layout.livePointerFile(release.slice)) as LivePointer | undefined;
      const previous = live ? await get(release.slice, live.version) : undefined;
      const unchanged = new Set(previous?.files.map((file) => `${file.path}\0${file.integrity}`));
      const previousDir = live ? layout.releaseDir(release.slice, live.version) : undefined;
      // Assembled beside its final place and renamed in: a reader never finds half a release.
      const incoming = path.join(layout.releasesDir(release.slice), `${incomingPrefix}${randomBytes(6).toString('hex')}`);
      await mkdir(incoming, { recursive: true });
      try {
        for (const file of release.files) {
          const source = path.join(filesDir, file.path);
          const copy = path.join(incoming, file.path);
          await mkdir(path.dirname(copy), { recursive: true });
          await cp(source, copy);
          if (previousDir && unchanged.has(`${file.path}\0${file.integrity}`)) {
            await reuseCompressed(path.join(previousDir, file.path), copy);
          } else {
            await precompress(copy, compression);
          }
        }
        await writeFileAtomically(path.join(incoming, descriptorFile), `${JSON.stringify(release, null, 2)}\n`);
        await rename(incoming, target);
      } catch (error) {
        await rm(incoming, { recursive: true, force: true });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOTEMPTY' || code === 'EEXIST') {
          throw new ReleaseError(`${release.slice} ${release.version} is already published; releases are never overwritten`);
        }
        throw error;
      }
    },

    async list(slice) {
      const names = await readdir(layout.releasesDir(slice)).catch(() => [] as string[]);
      const releases = await Promise.all(
        names.filter((name) => !name.startsWith('.')).map((version) => get(slice, version)),
      );
      return releases
        .filter((release): release is ReleaseDescriptor => release !== undefined)
        .sort((a, b) => a.builtAt.localeCompare(b.builtAt));
    },

    async live(slice) {
      const raw = (await readJson(layout.livePointerFile(slice))) as LivePointer | undefined;
      return raw;
    },

    async switchLive(slice, version, switchedBy = 'deploy') {
      if (!(await get(slice, version))) throw new ReleaseError(`${slice} has no release ${version}`);
      const current = (await readJson(layout.livePointerFile(slice))) as LivePointer | undefined;
      const history = current ? [...current.history, current.version].slice(-historyKept) : [];
      const pointer: LivePointer = { version, switchedAt: new Date().toISOString(), switchedBy, history };
      await mkdir(path.dirname(layout.livePointerFile(slice)), { recursive: true });
      await writeFileAtomically(layout.livePointerFile(slice), `${JSON.stringify(pointer, null, 2)}\n`);
      return pointer;
    },
  };
}

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { descriptorFile, type ReleaseDescriptor } from './descriptor';

/** A minimal slice build on disk and its descriptor, for the store's tests. */
export async function fakeBuild(
  version: string,
  body = `export const v = "${version}";`,
  overrides: Partial<ReleaseDescriptor> = {},
): Promise<{ dir: string; descriptor: ReleaseDescriptor }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tiffin-build-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'assets', 'remoteEntry.js'), body);
  return {
    dir,
    descriptor: {
      slice: 'order',
      version,
      contractVersion: 1,
      builtAt: new Date().toISOString(),
      sharedLibraries: { react: '19.2.0' },
      files: [{ path: 'assets/remoteEntry.js', bytes: body.length, integrity: 'sha384-AAAA' }],
      ...overrides,
    },
  };
}

/** A fake build that can be deployed: its release.json beside the file, with the file's real hash. */
export async function fakeArtifact(version: string, overrides: Partial<ReleaseDescriptor> = {}): Promise<{ dir: string; descriptor: ReleaseDescriptor }> {
  const build = await fakeBuild(version);
  const descriptor: ReleaseDescriptor = {
    ...build.descriptor,
    files: await Promise.all(
      build.descriptor.files.map(async (file) => {
        const content = await readFile(path.join(build.dir, file.path));
        return { ...file, integrity: `sha384-${createHash('sha384').update(content).digest('base64')}` };
      }),
    ),
    ...overrides,
  };
  await writeFile(path.join(build.dir, descriptorFile), JSON.stringify(descriptor));
  return { dir: build.dir, descriptor };
}

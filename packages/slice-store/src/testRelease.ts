import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReleaseDescriptor } from './descriptor';

/** A minimal slice build on disk and its descriptor, for the store's tests. */
export async function fakeBuild(version: string, body = `export const v = "${version}";`): Promise<{ dir: string; descriptor: ReleaseDescriptor }> {
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
    },
  };
}

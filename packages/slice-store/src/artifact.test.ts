import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArtifact } from './artifact';
import { describeBuild } from './release';
import { repoRoot } from '@tiffin/topology';
import { sliceContractVersion } from '@tiffin/slice-contract';
import { mkdir } from 'node:fs/promises';

let dist: string;
beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'tiffin-artifact-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'assets', 'remoteEntry.js'), 'export {}');
});
afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

async function describeAndSave(): Promise<void> {
  const descriptor = await describeBuild('order', path.join(repoRoot, 'mfe-order'), dist);
  await writeFile(path.join(dist, 'release.json'), JSON.stringify(descriptor));
}

describe('describeBuild and readArtifact', () => {
  it('describes a build: version from package.json plus a content hash, shared library versions, integrity', async () => {
    const descriptor = await describeBuild('order', path.join(repoRoot, 'mfe-order'), dist);
    expect(descriptor.version).toMatch(/^0\.1\.0\+[0-9a-f]{10}$/);
    expect(descriptor.contractVersion).toBe(sliceContractVersion);
    expect(Object.keys(descriptor.sharedLibraries).sort()).toEqual(['@tanstack/react-query', 'react', 'react-dom', 'react-router', 'zod']);
    expect(descriptor.files).toEqual([{ path: 'assets/remoteEntry.js', bytes: 9, integrity: expect.stringMatching(/^sha384-/) }]);
  });

  it('gives different bytes a different version under the same package.json version', async () => {
    const first = await describeBuild('order', path.join(repoRoot, 'mfe-order'), dist);
    await writeFile(path.join(dist, 'assets', 'remoteEntry.js'), 'export const changed = 1');
    const second = await describeBuild('order', path.join(repoRoot, 'mfe-order'), dist);
    expect(second.version).not.toBe(first.version);
  });

  it('reads back an artifact whose files match, and refuses one changed after it was described', async () => {
    await describeAndSave();
    expect((await readArtifact(dist)).slice).toBe('order');
    await writeFile(path.join(dist, 'assets', 'remoteEntry.js'), 'export const tampered = 1');
    await expect(readArtifact(dist)).rejects.toThrow('assets/remoteEntry.js in');
  });

  it('names what is wrong with an invalid descriptor', async () => {
    await writeFile(path.join(dist, 'release.json'), JSON.stringify({ slice: 'basket' }));
    await expect(readArtifact(dist)).rejects.toThrow(/release.json is invalid \(slice: /);
  });
});

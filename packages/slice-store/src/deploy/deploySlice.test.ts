import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directoryStore } from '../directoryStore';
import { useLiveShell } from '../testing/liveShell';
import { fakeArtifact } from '../testRelease';
import { deploySlice } from './deploySlice';

// The live shell, as a deployed environment serves it: its host.json says what it can host.
useLiveShell({ contractVersions: [2], sharedLibraries: { react: '^19.2.0' } });
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-deploy-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('deploySlice, gated by what the live shell hosts', () => {
  it('makes a release on a contract the shell hosts live, and says it was deployed', async () => {
    const store = directoryStore(root);
    const artifact = await fakeArtifact('1.0.0+a', { contractVersion: 2 });
    expect((await deploySlice(store, 'order', artifact.dir)).published).toBe(true);
    expect(await store.live('order')).toMatchObject({ version: '1.0.0+a', switchedBy: 'deploy' });
  });

  it('records a development build as one, for open shells to take at once', async () => {
    const store = directoryStore(root);
    await deploySlice(store, 'order', (await fakeArtifact('1.0.0+dev', { contractVersion: 2 })).dir, 'dev-build');
    expect(await store.live('order')).toMatchObject({ version: '1.0.0+dev', switchedBy: 'dev-build' });
  });

  it('refuses a release on a contract the shell cannot host, naming both, and the live release stays', async () => {
    const store = directoryStore(root);
    await deploySlice(store, 'order', (await fakeArtifact('1.0.0+a', { contractVersion: 2 })).dir);
    const newer = await fakeArtifact('2.0.0+b', { contractVersion: 3 });
    await expect(deploySlice(store, 'order', newer.dir)).rejects.toThrow(
      'refused: order 2.0.0+b is built against slice contract version 3; the shell hosts 2',
    );
    expect((await store.live('order'))?.version).toBe('1.0.0+a');
    expect(await store.get('order', '2.0.0+b')).toBeUndefined();
  });
});

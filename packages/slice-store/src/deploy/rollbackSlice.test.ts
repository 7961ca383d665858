import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseDescriptor } from '../descriptor';
import { directoryStore } from '../directoryStore';
import { useLiveShell } from '../testing/liveShell';
import { fakeBuild } from '../testRelease';
import { rollbackSlice } from './rollbackSlice';

// The live shell hosts contract version 2 only: releases built on version 1 are behind it.
useLiveShell({ contractVersions: [2], sharedLibraries: { react: '^19.2.0' } });
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-rollback-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A store where each release went live in turn, built on contract 2 unless said otherwise. */
async function storeWith(...releases: (string | [string, Partial<ReleaseDescriptor>])[]) {
  const store = directoryStore(root);
  for (const release of releases) {
    const [version, overrides] = typeof release === 'string' ? [release, {}] : release;
    const build = await fakeBuild(version, undefined, { contractVersion: 2, ...overrides });
    await store.put(build.descriptor, build.dir);
    await store.switchLive('order', version);
  }
  return store;
}

describe('rollbackSlice', () => {
  it('goes back to the release live before the current one, and says it was a rollback', async () => {
    const store = await storeWith('1.0.0+a', '1.0.0+b', '1.0.0+c');
    expect((await rollbackSlice(store, 'order')).version).toBe('1.0.0+b');
    expect(await store.live('order')).toMatchObject({ version: '1.0.0+b', switchedBy: 'rollback' });
  });

  it('goes to a named release, and refuses one that is not in the store or already live', async () => {
    const store = await storeWith('1.0.0+a', '1.0.0+b', '1.0.0+c');
    expect((await rollbackSlice(store, 'order', '1.0.0+a')).version).toBe('1.0.0+a');
    await expect(rollbackSlice(store, 'order', '0.9.0')).rejects.toThrow('order has no release 0.9.0');
    await expect(rollbackSlice(store, 'order', '1.0.0+a')).rejects.toThrow('order 1.0.0+a is already live');
  });

  it('passes the gate of a deploy: a release the live shell cannot host is refused, and the live release stays', async () => {
    const store = await storeWith(['0.9.0+old', { contractVersion: 1 }], '1.0.0+a');
    await expect(rollbackSlice(store, 'order', '0.9.0+old')).rejects.toThrow(
      'refused: order 0.9.0+old is built against slice contract version 1; the shell hosts 2',
    );
    await expect(rollbackSlice(store, 'order')).rejects.toThrow('refused: order 0.9.0+old');
    expect(await store.live('order')).toMatchObject({ version: '1.0.0+a', switchedBy: 'deploy' });
  });

  it('says so when there is nothing to roll back to', async () => {
    await expect(rollbackSlice(directoryStore(root), 'order')).rejects.toThrow('order has no live release');
    const store = await storeWith('1.0.0+a');
    await expect(rollbackSlice(store, 'order')).rejects.toThrow(/no earlier release; name one with --to/);
  });
});

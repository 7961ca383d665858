import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directoryStore } from '../directoryStore';
import { fakeBuild } from '../testRelease';
import { rollbackSlice } from './rollbackSlice';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-rollback-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function storeWith(...versions: string[]) {
  const store = directoryStore(root);
  for (const version of versions) {
    const build = await fakeBuild(version);
    await store.put(build.descriptor, build.dir);
    await store.switchLive('order', version);
  }
  return store;
}

describe('rollbackSlice', () => {
  it('goes back to the release live before the current one', async () => {
    const store = await storeWith('1.0.0+a', '1.0.0+b', '1.0.0+c');
    expect((await rollbackSlice(store, 'order')).version).toBe('1.0.0+b');
    expect((await store.live('order'))?.version).toBe('1.0.0+b');
  });

  it('goes to a named release, and refuses one that is not in the store or already live', async () => {
    const store = await storeWith('1.0.0+a', '1.0.0+b', '1.0.0+c');
    expect((await rollbackSlice(store, 'order', '1.0.0+a')).version).toBe('1.0.0+a');
    await expect(rollbackSlice(store, 'order', '0.9.0')).rejects.toThrow('order has no release 0.9.0');
    await expect(rollbackSlice(store, 'order', '1.0.0+a')).rejects.toThrow('order 1.0.0+a is already live');
  });

  it('says so when there is nothing to roll back to', async () => {
    await expect(rollbackSlice(directoryStore(root), 'order')).rejects.toThrow('order has no live release');
    const store = await storeWith('1.0.0+a');
    await expect(rollbackSlice(store, 'order')).rejects.toThrow(/no earlier release; name one with --to/);
  });
});

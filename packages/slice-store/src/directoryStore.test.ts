import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directoryStore } from './directoryStore';
import { fakeBuild } from './testRelease';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-store-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('directoryStore', () => {
  it('publishes a release with its descriptor and brotli and gzip copies, and lists it', async () => {
    const store = directoryStore(root);
    const build = await fakeBuild('0.1.0+aaa');
    await store.put(build.descriptor, build.dir);
    const folder = store.layout.releaseDir('order', '0.1.0+aaa');
    expect((await readdir(path.join(folder, 'assets'))).sort()).toEqual(['remoteEntry.js', 'remoteEntry.js.br', 'remoteEntry.js.gz']);
    expect(await store.get('order', '0.1.0+aaa')).toEqual(build.descriptor);
    expect((await store.list('order')).map((release) => release.version)).toEqual(['0.1.0+aaa']);
    expect(await store.list('catalog')).toEqual([]);
  });

  it('never overwrites a published release', async () => {
    const store = directoryStore(root);
    const first = await fakeBuild('0.1.0+aaa', 'first');
    await store.put(first.descriptor, first.dir);
    const second = await fakeBuild('0.1.0+aaa', 'second');
    await expect(store.put(second.descriptor, second.dir)).rejects.toThrow(/already published/);
    const folder = store.layout.releaseDir('order', '0.1.0+aaa');
    expect(await readFile(path.join(folder, 'assets', 'remoteEntry.js'), 'utf8')).toBe('first');
  });

  it('refuses a version that would leave the store', async () => {
    const store = directoryStore(root);
    const build = await fakeBuild('0.1.0');
    await expect(store.put({ ...build.descriptor, version: '../escape' }, build.dir)).rejects.toThrow(/release version/);
  });

  it('switches live and remembers the previous releases for rollback', async () => {
    const store = directoryStore(root);
    for (const version of ['1.0.0+a', '1.0.0+b']) {
      const build = await fakeBuild(version);
      await store.put(build.descriptor, build.dir);
    }
    expect(await store.live('order')).toBeUndefined();
    await store.switchLive('order', '1.0.0+a');
    const pointer = await store.switchLive('order', '1.0.0+b');
    expect(pointer).toMatchObject({ version: '1.0.0+b', history: ['1.0.0+a'] });
    expect(await store.live('order')).toEqual(pointer);
    await expect(store.switchLive('order', '9.9.9')).rejects.toThrow(/order has no release 9.9.9/);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { directoryStore } from './directoryStore';
import { liveRelease } from './liveManifest';
import { fakeBuild } from './testRelease';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-live-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

it('readers racing a run of switches always see one whole release, the old or the new', async () => {
  const store = directoryStore(root);
  const versions = ['1.0.0+old', '1.0.0+new'];
  for (const version of versions) {
    const build = await fakeBuild(version);
    await store.put(build.descriptor, build.dir);
  }
  await store.switchLive('order', versions[0]!);

  let switching = true;
  const switches = (async () => {
    for (let i = 1; i <= 60; i++) await store.switchLive('order', versions[i % 2]!);
    switching = false;
  })();
  const seen: string[] = [];
  const readers = Array.from({ length: 4 }, async () => {
    while (switching) {
      // A torn read would fail to parse (throw) or name no known release.
      const live = await liveRelease(root, 'order');
      seen.push(`${live?.version} ${live?.remoteEntryPath}`);
    }
  });
  await Promise.all([switches, ...readers]);

  expect(seen.length).toBeGreaterThan(10);
  expect(new Set(seen)).toEqual(
    new Set(versions.map((version) => `${version} /releases/${version}/assets/remoteEntry.js`)),
  );
});

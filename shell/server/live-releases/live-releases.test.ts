import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenToEventStream, type EventStreamListener } from '@tiffin/http-kit/testing';
import { liveReleases, liveReleasesEvent, liveReleasesPath, type LiveReleases } from '@tiffin/slice-contract';
import { directoryStore } from '@tiffin/slice-store';
import { fakeBuild } from '@tiffin/slice-store/testing';
import { serveLiveReleases } from './live-releases-route';

let storeDir: string;
let app: FastifyInstance;
let baseUrl: string;
const streams: EventStreamListener[] = [];

async function edgeWith(options: { pollMs: number; maxStreams?: number }): Promise<void> {
  app = Fastify();
  serveLiveReleases(app, { env: { TIFFIN_SLICE_STORE_DIR: storeDir }, maxStreams: options.maxStreams ?? 10, pollMs: options.pollMs });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
}

async function publish(version: string): Promise<void> {
  const build = await fakeBuild(version, undefined, { contractVersion: 2 });
  await directoryStore(storeDir).put(build.descriptor, build.dir);
}

async function openShell(): Promise<EventStreamListener> {
  const stream = await listenToEventStream(`${baseUrl}${liveReleasesPath}`);
  streams.push(stream);
  return stream;
}

const releasesOf = (data: string): LiveReleases => liveReleases.parse(JSON.parse(data));
const orderVersion = (data: string) => releasesOf(data).slices.find((slice) => slice.name === 'order')?.version;

beforeEach(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), 'tiffin-live-releases-'));
  await publish('1.0.0+a');
  await directoryStore(storeDir).switchLive('order', '1.0.0+a');
});
afterEach(async () => {
  vi.useRealTimers();
  for (const stream of streams.splice(0)) stream.drop();
  await app.close();
  await rm(storeDir, { recursive: true, force: true });
});

describe('the live releases pushed to open shells', () => {
  it('tells a shell what is live as it connects, then each new live release as it is switched', async () => {
    // No poll within the test: only the store's own notice of the switch can bring it.
    await edgeWith({ pollMs: 3_600_000 });
    const shell = await openShell();
    expect(shell.status).toBe(200);
    const first = await shell.waitFor(() => true);
    expect(first.event).toBe(liveReleasesEvent);
    expect(orderVersion(first.data)).toBe('1.0.0+a');
    expect(releasesOf(first.data).slices.find((s) => s.name === 'order')?.remoteEntry).toMatch(/\/releases\/1\.0\.0\+a\/assets\/remoteEntry\.js$/);

    await publish('1.0.0+b');
    await directoryStore(storeDir).switchLive('order', '1.0.0+b');
    const pushed = await shell.waitFor((event) => orderVersion(event.data) === '1.0.0+b', 1_000);
    expect(releasesOf(pushed.data).development).toEqual([]);

    await directoryStore(storeDir).switchLive('order', '1.0.0+a', 'rollback');
    await shell.waitFor((event) => shell.events.indexOf(event) > shell.events.indexOf(pushed) && orderVersion(event.data) === '1.0.0+a', 1_000);
  });

  it('says which slices run a development build, which shells take at once', async () => {
    await edgeWith({ pollMs: 3_600_000 });
    const shell = await openShell();
    await shell.waitFor(() => true);
    await publish('1.0.0+dev');
    await directoryStore(storeDir).switchLive('order', '1.0.0+dev', 'dev-build');
    const pushed = await shell.waitFor((event) => orderVersion(event.data) === '1.0.0+dev', 1_000);
    expect(releasesOf(pushed.data).development).toEqual(['order']);
  });

  it('finds within a second a switch the file system did not announce', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await edgeWith({ pollMs: 1_000 });
    const shell = await openShell();
    await shell.waitFor(() => true);
    // The slice's folder replaced whole, as a sync tool or a restore would: the notices watched the old one.
    const replacement = await mkdtemp(path.join(tmpdir(), 'tiffin-live-releases-copy-'));
    const copy = directoryStore(replacement);
    for (const version of ['1.0.0+a', '1.0.0+c']) {
      const build = await fakeBuild(version, undefined, { contractVersion: 2 });
      await copy.put(build.descriptor, build.dir);
    }
    await copy.switchLive('order', '1.0.0+c');
    await rm(path.join(storeDir, 'order'), { recursive: true });
    await rename(path.join(replacement, 'order'), path.join(storeDir, 'order'));

    vi.advanceTimersByTime(1_000);
    await shell.waitFor((event) => orderVersion(event.data) === '1.0.0+c', 2_000);
    await rm(replacement, { recursive: true, force: true });
  });

  it('refuses a stream past the edge’s limit with a 429 naming it', async () => {
    await edgeWith({ pollMs: 3_600_000, maxStreams: 1 });
    await (await openShell()).waitFor(() => true);
    const refused = await openShell();
    expect(refused.status).toBe(429);
    expect(JSON.parse(await refused.text())).toMatchObject({ message: 'this Tiffin server is carrying its limit of 1 release streams; try again in a moment' });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { directoryStore } from './directoryStore';
import { buildSliceCdn } from './sliceCdn';
import { fakeBuild } from './testRelease';

let root: string;
let cdn: FastifyInstance;
const entryBody = `export const entry = "${'x'.repeat(2000)}";`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-cdn-'));
  const store = directoryStore(root);
  const build = await fakeBuild('1.0.0+a', entryBody);
  await writeFile(path.join(build.dir, 'assets', 'chunk-Ab12.js'), 'export default 1;');
  build.descriptor.files.push({ path: 'assets/chunk-Ab12.js', bytes: 17, integrity: 'sha384-AAAA' });
  await store.put(build.descriptor, build.dir);
  await store.switchLive('order', '1.0.0+a');
  cdn = await buildSliceCdn('order', root, pino({ level: 'silent' }));
});
afterAll(async () => {
  await cdn.close();
  await rm(root, { recursive: true, force: true });
});

describe('slice CDN', () => {
  it('serves a release brotli-compressed, with its remote entry revalidated and CORS open', async () => {
    const response = await cdn.inject({ url: '/releases/1.0.0+a/assets/remoteEntry.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(entryBody);
  });

  it('serves gzip to a client that only takes gzip, and hashed chunks as immutable', async () => {
    const gz = await cdn.inject({ url: '/releases/1.0.0+a/assets/remoteEntry.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const chunk = await cdn.inject({ url: '/releases/1.0.0+a/assets/chunk-Ab12.js' });
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk.body).toBe('export default 1;');
  });

  it('answers the bare /assets/ path from the live release, and 404 for an unknown release', async () => {
    const live = await cdn.inject({ url: '/assets/chunk-Ab12.js' });
    expect(live.statusCode).toBe(200);
    expect(live.headers['cache-control']).toBe('no-cache');
    expect((await cdn.inject({ url: '/releases/9.9.9/assets/remoteEntry.js' })).statusCode).toBe(404);
  });
});

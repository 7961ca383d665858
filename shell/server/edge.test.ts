import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { sliceContractVersion, sliceManifest } from '@tiffin/slice-contract';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { repoRoot, sliceNames } from '@tiffin/topology';
import { directoryStore } from '@tiffin/slice-store';
import { buildEdge } from './edge-app';
import { signInThroughEdge, type BrowserSession } from './testing/browser-session';

const logger = pino({ level: 'silent' });
let distDir: string;
let storeDir: string;
let catalogBff: FastifyInstance;
let edge: FastifyInstance;
let edgeUrl: string;
let identity: Awaited<ReturnType<typeof startBackend<'identity'>>>;
/** A signed-in browser: the BFF routes answer only those. */
let browser: BrowserSession;

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-'));
  storeDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-store-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Tiffin</title>');
  await writeFile(path.join(distDir, 'assets', 'index-Ab12Cd.js'), 'console.log("shell")');

  // A real server standing in the catalog BFF's place; it echoes what reached it.
  catalogBff = Fastify();
  catalogBff.all('/*', async (request) => ({
    url: request.url,
    method: request.method,
    correlationId: request.headers['x-correlation-id'],
    body: request.body ?? null,
  }));
  const catalogBffUrl = await catalogBff.listen({ port: 0, host: '127.0.0.1' });
  identity = await startBackend(['identity']);

  edge = await buildEdge({
    logger,
    distDir,
    env: {
      TIFFIN_CATALOG_BFF_URL: catalogBffUrl,
      TIFFIN_ORDER_BFF_URL: await closedPortUrl(),
      TIFFIN_DELIVERY_SLICE_URL: 'https://cdn.example.com/delivery/1.2.0',
      TIFFIN_SLICE_STORE_DIR: storeDir,
      TIFFIN_IDENTITY_SERVICE_URL: identity.urls.identity,
      TIFFIN_IDENTITY_SECRET: testIdentitySecret,
    },
  });
  edgeUrl = await edge.listen({ port: 0, host: '127.0.0.1' });
  browser = await signInThroughEdge(edgeUrl, demoAccounts.asha);
});

afterAll(async () => {
  await edge.close();
  await catalogBff.close();
  await identity.stop();
  await rm(distDir, { recursive: true, force: true });
  await rm(storeDir, { recursive: true, force: true });
});

describe('edge: manifest', () => {
  it('lists every slice from the topology, uncached', async () => {
    const response = await fetch(`${edgeUrl}/manifest.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const { slices } = sliceManifest.parse(await response.json());
    const catalogVersion = JSON.parse(await readFile(path.join(repoRoot, 'mfe-catalog', 'package.json'), 'utf8'))
      .version as string;
    expect(slices.map((slice) => slice.name)).toEqual(sliceNames);
    expect(slices[0]).toEqual({
      name: 'catalog',
      route: '/catalog',
      label: 'Restaurants',
      remoteEntry: 'http://localhost:5001/assets/remoteEntry.js',
      exposedModule: './Slice',
      version: catalogVersion,
      contractVersion: sliceContractVersion,
      bffBase: '/bff/catalog',
    });
  });

  it('follows the slice store: a switch of the live release shows at the next request, no restart', async () => {
    const store = directoryStore(storeDir);
    const build = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-build-'));
    await mkdir(path.join(build, 'assets'));
    await writeFile(path.join(build, 'assets', 'remoteEntry.js'), 'export {}');
    for (const version of ['0.1.0+one', '0.1.0+two']) {
      await store.put(
        {
          slice: 'order',
          version,
          contractVersion: sliceContractVersion,
          builtAt: new Date().toISOString(),
          sharedLibraries: {},
          files: [{ path: 'assets/remoteEntry.js', bytes: 9, integrity: 'sha384-AAAA' }],
        },
        build,
      );
    }
    const orderEntry = async () =>
      sliceManifest.parse(await (await fetch(`${edgeUrl}/manifest.json`)).json()).slices.find((s) => s.name === 'order');
    await store.switchLive('order', '0.1.0+one');
    expect(await orderEntry()).toMatchObject({
      remoteEntry: 'http://localhost:5002/releases/0.1.0+one/assets/remoteEntry.js',
      version: '0.1.0+one',
    });
    await store.switchLive('order', '0.1.0+two');
    expect((await orderEntry())?.version).toBe('0.1.0+two');
    await rm(build, { recursive: true, force: true });
  });

  it('points a slice elsewhere when its URL is overridden', async () => {
    const { slices } = sliceManifest.parse(await (await fetch(`${edgeUrl}/manifest.json`)).json());
    expect(slices.find((slice) => slice.name === 'delivery')?.remoteEntry).toBe(
      'https://cdn.example.com/delivery/1.2.0/assets/remoteEntry.js',
    );
  });
});

describe('edge: shell files', () => {
  it('compresses the shell with brotli, or gzip for a browser that only takes gzip', async () => {
    const big = `console.log(${JSON.stringify('shell '.repeat(1000))})`;
    await writeFile(path.join(distDir, 'assets', 'big-Ef34.js'), big);
    const br = await fetch(`${edgeUrl}/assets/big-Ef34.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(big);
    const gzip = await fetch(`${edgeUrl}/assets/big-Ef34.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html at / without letting it be cached', async () => {
    const response = await fetch(`${edgeUrl}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tiffin</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a client-side route with index.html', async () => {
    const response = await fetch(`${edgeUrl}/orders/5b0c8f1e-6f55-4f0e-9d36-2f1f5e3f7a10`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tiffin</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets hashed assets be cached for good', async () => {
    const response = await fetch(`${edgeUrl}/assets/index-Ab12Cd.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with 404, not the page', async () => {
    const response = await fetch(`${edgeUrl}/assets/gone-123.js`);
    expect(response.status).toBe(404);
  });
});

describe('edge: BFF proxy', () => {
  it('strips /bff/<name>, keeps the query and forwards the correlation id', async () => {
    const response = await fetch(`${edgeUrl}/bff/catalog/restaurants?q=dosa`, {
      headers: { 'x-correlation-id': 'browse-9', cookie: browser.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-correlation-id')).toBe('browse-9');
    expect(await response.json()).toMatchObject({ url: '/restaurants?q=dosa', correlationId: 'browse-9' });
  });

  it('starts a correlation id when the browser sends none', async () => {
    const response = await fetch(`${edgeUrl}/bff/catalog/restaurants`, { headers: { cookie: browser.cookie } });
    const echoed = (await response.json()) as { correlationId: string };
    expect(echoed.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-correlation-id')).toBe(echoed.correlationId);
  });

  it('forwards a POST body', async () => {
    const response = await fetch(`${edgeUrl}/bff/catalog/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...browser.headers },
      body: JSON.stringify({ restaurantId: 'r1' }),
    });
    expect(await response.json()).toMatchObject({ method: 'POST', url: '/orders', body: { restaurantId: 'r1' } });
  });

  it('answers 502 naming the BFF when it is down', async () => {
    const response = await fetch(`${edgeUrl}/bff/order/orders`, { headers: { cookie: browser.cookie } });
    expect(response.status).toBe(502);
    expect(problem.parse(await response.json())).toMatchObject({
      message: "We can't reach your orders right now. Please try again in a moment.",
      code: 'SERVICE_UNAVAILABLE',
    });
  });
});

describe('edge: what the client got wrong', () => {
  async function problemOf(response: Response) {
    return problem.parse(await response.json());
  }

  it('answers a malformed path with 400, not 500', async () => {
    const response = await fetch(`${edgeUrl}/bff/catalog/%E0%A4%A`);
    expect(response.status).toBe(400);
  });

  it('refuses a body over the limit with 413 naming the limit, before any BFF sees it', async () => {
    const response = await fetch(`${edgeUrl}/bff/catalog/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...browser.headers },
      body: JSON.stringify({ note: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).message).toMatch(/the limit is 65536/);
  });

  /** fetch cannot send Expect, so these go through node:http as curl would send them. */
  function send(path: string, headers: http.OutgoingHttpHeaders, body?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(`${edgeUrl}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      });
      if (headers.expect === '100-continue') request.on('continue', () => request.end(body));
      else request.end(body);
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      request.on('error', reject);
    });
  }

  it('passes a request with "Expect: 100-continue" on like any other', async () => {
    const answer = await send(
      '/bff/catalog/echo',
      { 'content-type': 'application/json', expect: '100-continue', ...browser.headers },
      JSON.stringify({ ok: true }),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ url: '/echo', method: 'POST', body: { ok: true } });
  });

  /** Everything the edge says on one connection, from the first byte until it closes it. */
  function rawExchange(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(Number(new URL(edgeUrl).port), '127.0.0.1');
      let said = '';
      socket.on('data', (chunk: Buffer) => (said += chunk.toString()));
      socket.on('end', () => resolve(said));
      socket.on('error', reject);
      socket.write(request);
    });
  }

  it('refuses a too-large body announced with "Expect: 100-continue" with the 413 alone, never inviting it', async () => {
    const said = await rawExchange(
      [
        'POST /bff/catalog/echo HTTP/1.1',
        'Host: 127.0.0.1',
        `Cookie: ${browser.cookie}`,
        `x-csrf-token: ${browser.csrfToken}`,
        'Content-Type: application/json',
        `Content-Length: ${2 * 1024 * 1024}`,
        'Expect: 100-continue',
        '',
        '',
      ].join('\r\n'),
    );
    // The whole conversation: the refusal, and the connection closed after it; no "100 Continue" before.
    expect(said).toMatch(/^HTTP\/1\.1 413 /);
    expect(said).not.toContain('100 Continue');
    expect(said).toMatch(/connection: close/i);
    expect(said).toContain('the limit is 65536');
  });

  it('refuses an expectation it cannot meet with 417', async () => {
    const answer = await send('/bff/catalog/echo', { expect: 'something-else' });
    expect(answer.status).toBe(417);
  });
});

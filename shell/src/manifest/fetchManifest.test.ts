import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchManifest, parseManifest } from './fetchManifest';
import { sliceContractVersion } from '@tiffin/slice-contract';

const catalog = {
  name: 'catalog',
  route: '/catalog',
  label: 'Restaurants',
  remoteEntry: 'http://localhost:5001/remoteEntry.js',
  exposedModule: './Slice',
  version: '0.1.0',
  contractVersion: sliceContractVersion,
  bffBase: '/bff/catalog',
};
const order = { ...catalog, name: 'order', route: '/orders', label: 'Orders', remoteEntry: 'http://localhost:5002/remoteEntry.js', bffBase: '/bff/order' };

/** A real HTTP server answering each path the way an edge might. */
const answers: Record<string, { status: number; type: string; body: string }> = {
  '/good': { status: 200, type: 'application/json', body: JSON.stringify({ slices: [catalog, order] }) },
  '/empty': { status: 200, type: 'application/json', body: JSON.stringify({ slices: [] }) },
  '/broken': { status: 200, type: 'application/json', body: '{"slices": [' },
  '/down': { status: 503, type: 'application/json', body: '{}' },
};
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = answers[req.url ?? ''] ?? { status: 404, type: 'text/plain', body: 'not found' };
    res.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchManifest', () => {
  it('returns the slices the server lists', async () => {
    const manifest = await fetchManifest(`${origin}/good`);
    expect(manifest.slices.map((s) => [s.name, s.route, s.remoteEntry])).toEqual([
      ['catalog', '/catalog', 'http://localhost:5001/remoteEntry.js'],
      ['order', '/orders', 'http://localhost:5002/remoteEntry.js'],
    ]);
  });

  async function refusalOf(fetching: Promise<unknown>): Promise<Error> {
    return fetching.then(
      () => {
        throw new Error('expected the manifest to be refused');
      },
      (error: unknown) => error as Error,
    );
  }

  it('tells the customer in plain words, and names the rule an invalid manifest breaks for the console', async () => {
    const error = await refusalOf(fetchManifest(`${origin}/empty`));
    expect(error.message).toBe("Tiffin can't open right now. Please try again in a few minutes.");
    expect((error.cause as Error).message).toMatch(/slice manifest is invalid \(slices: /);
  });

  it('reports a body that is not JSON', async () => {
    const error = await refusalOf(fetchManifest(`${origin}/broken`));
    expect(error.message).toBe("Tiffin can't open right now. Please try again in a few minutes.");
    expect((error.cause as Error).message).toBe('The slice manifest is not valid JSON.');
  });

  it('reports the status of a failing server', async () => {
    const error = await refusalOf(fetchManifest(`${origin}/down`));
    expect((error.cause as Error).message).toMatch(/HTTP 503$/);
  });

  it('reports a server that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/manifest.json`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchManifest(url)).rejects.toThrow("Tiffin can't reach its server right now");
  });
});

describe('parseManifest', () => {
  /** The technical reason, which goes to the console; the customer reads a plain sentence. */
  function causeOf(parse: () => unknown): string {
    try {
      parse();
    } catch (error) {
      return ((error as Error).cause as Error).message;
    }
    throw new Error('expected the manifest to be refused');
  }

  it('rejects a remote entry that is not a URL, naming the field', () => {
    expect(causeOf(() => parseManifest({ slices: [{ ...catalog, remoteEntry: 'mfe-catalog' }] }))).toMatch(/slices\.0\.remoteEntry/);
  });

  it('rejects two slices on one route', () => {
    expect(causeOf(() => parseManifest({ slices: [catalog, { ...order, route: '/catalog' }] }))).toContain('route /catalog is used twice');
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHttpApp, type HttpApp } from './app';
import { createResponseCache, sharedMaxAgeMs } from './response-cache';
import { createServiceClient } from './service-client';
import { memoryLogger } from './testing';

const { logger } = memoryLogger();
const menu = z.object({ version: z.number() });

/** A real service whose menu changes on every call, saying how long a shared cache may keep it. */
let service: HttpApp;
let baseUrl: string;
let calls = 0;
let cacheControl = 'public, max-age=1';

beforeAll(async () => {
  service = createHttpApp({ service: 'catalog', logger });
  service.get('/menu', async (_request, reply) => {
    const version = ++calls;
    reply.header('cache-control', cacheControl);
    return { version };
  });
  baseUrl = await service.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(() => service.close());

beforeEach(() => {
  calls = 0;
  cacheControl = 'public, max-age=1';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a service client GET with the shared cache', () => {
  it('answers from the cache while the service said it is fresh, then asks again', async () => {
    // The cache's clock only: the sockets keep their real timers. Faked before the client makes its cache.
    vi.useFakeTimers({ toFake: ['Date'] });
    const client = createServiceClient({ name: 'catalog', baseUrl, logger });
    expect(await client.get('/menu', menu)).toEqual({ version: 1 });
    expect(await client.get('/menu', menu)).toEqual({ version: 1 });
    vi.advanceTimersByTime(999);
    expect(await client.get('/menu', menu)).toEqual({ version: 1 });
    expect(calls).toBe(1);
    // max-age=1: a second after it was stored, it is stale.
    vi.advanceTimersByTime(1);
    expect(await client.get('/menu', menu)).toEqual({ version: 2 });
  });

  it('sends one request for a burst of concurrent misses', async () => {
    const client = createServiceClient({ name: 'catalog', baseUrl, logger });
    const answers = await Promise.all(Array.from({ length: 20 }, () => client.get('/menu', menu)));
    expect(new Set(answers.map((answer) => answer.version))).toEqual(new Set([1]));
    expect(calls).toBe(1);
  });

  it('never keeps an answer the service did not mark public', async () => {
    cacheControl = 'private, max-age=60';
    const client = createServiceClient({ name: 'catalog', baseUrl, logger });
    await client.get('/menu', menu);
    expect(await client.get('/menu', menu)).toEqual({ version: 2 });
  });

  it('does not share one consumer’s answer with another', async () => {
    cacheControl = 'no-store';
    const client = createServiceClient({ name: 'catalog', baseUrl, logger });
    const [alice, bob] = await Promise.all([
      client.get('/menu', menu, { consumerId: 'alice' }),
      client.get('/menu', menu, { consumerId: 'bob' }),
    ]);
    expect(alice.version).not.toBe(bob.version);
  });
});

describe('sharedMaxAgeMs', () => {
  it.each([
    ['public, max-age=2', 2_000],
    ['public, s-maxage=5, max-age=1', 5_000],
    ['max-age=60', 0],
    ['public, no-store, max-age=60', 0],
    ['public', 0],
    [null, 0],
  ])('%s → %d ms', (header, expected) => {
    expect(sharedMaxAgeMs(header)).toBe(expected);
  });
});

describe('createResponseCache', () => {
  it('drops the oldest entry beyond its size', async () => {
    const cache = createResponseCache({ maxEntries: 2 });
    let loads = 0;
    const load = async () => ({ value: ++loads, maxAgeMs: 60_000 });
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load);
    expect(await cache.get('b', load)).toBe(2);
    expect(await cache.get('a', load)).toBe(4);
  });
});

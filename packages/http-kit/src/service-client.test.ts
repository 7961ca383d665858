import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHttpApp, type HttpApp } from './app';
import { NotFoundError, ProblemError, UnprocessableError, UpstreamError } from './errors';
import { createServiceClient } from './service-client';
import { closedPortUrl, memoryLogger } from './testing';

const { logger } = memoryLogger();
const dish = z.object({ id: z.string(), name: z.string() });

/** A real little service whose behaviour each test can steer. */
let service: HttpApp;
let baseUrl: string;
let hits: { method: string; url: string; headers: Record<string, unknown>; body: unknown }[] = [];
let failuresLeft = 0;
/** While set, the service keeps every request waiting until the test lets them go: a service that hangs. */
let hung: Promise<void> | undefined;
let letGo = () => {};
function hang(): void {
  hung = new Promise((resolve) => (letGo = resolve));
}
function answerAgain(): void {
  letGo();
  hung = undefined;
}

beforeAll(async () => {
  service = createHttpApp({ service: 'kitchen', logger });
  service.addHook('onRequest', async (request) => {
    hits.push({ method: request.method, url: request.url, headers: request.headers, body: undefined });
  });
  service.addHook('preHandler', async (request, reply) => {
    const hit = hits.at(-1);
    if (hit) hit.body = request.body;
    if (hung) await hung;
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      return reply.status(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'db down' });
    }
  });
  service.get('/dishes/:id', async (request) => {
    const { id } = request.params as { id: string };
    if (id === 'missing') throw new NotFoundError('dish missing not found');
    if (id === 'sold-out') throw new UnprocessableError('body.lines[0]: Seasonal Uni Don is not available', { code: 'DISH_SOLD_OUT', subject: 'Seasonal Uni Don' });
    if (id === 'odd') return { id, name: 42 };
    if (id === 'crash') throw new Error('a bug this one request runs into');
    return { id, name: `dish ${id}` };
  });
  service.post('/dishes', async (request, reply) => reply.status(202).send({ id: 'new', name: 'posted' }));
  service.patch('/dishes/:id', async (request) => ({ id: (request.params as { id: string }).id, name: (request.body as { name: string }).name }));
  baseUrl = await service.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  // Calls that timed out leave their connections open on the server's side; close waits for none of them.
  service.server.closeAllConnections();
  await service.close();
});

beforeEach(() => {
  hits = [];
  failuresLeft = 0;
});
afterEach(() => {
  answerAgain();
  vi.useRealTimers();
});

async function failureOf(promise: Promise<unknown>): Promise<ProblemError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError;
}

describe('createServiceClient', () => {
  it('returns the validated body and forwards correlation id, consumer and query', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    const result = await client.get('/dishes/7', dish, {
      correlationId: 'corr-1',
      consumerId: 'c-9',
      query: { q: 'tikka', page: 2, skip: undefined },
    });
    expect(result).toEqual({ id: '7', name: 'dish 7' });
    expect(hits[0]?.url).toBe('/dishes/7?q=tikka&page=2');
    expect(hits[0]?.headers['x-correlation-id']).toBe('corr-1');
    expect(hits[0]?.headers['x-tiffin-consumer-id']).toBe('c-9');
  });

  it('posts a JSON body with extra headers', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    const result = await client.post('/dishes', { name: 'dal' }, dish, { headers: { 'idempotency-key': 'k1' } });
    expect(result).toEqual({ id: 'new', name: 'posted' });
    expect(hits[0]?.body).toEqual({ name: 'dal' });
    expect(hits[0]?.headers['idempotency-key']).toBe('k1');
  });

  it('patches with a JSON body and answers what the service answered', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    const result = await client.patch('/dishes/7', { name: 'saag' }, dish);
    expect(result).toEqual({ id: '7', name: 'saag' });
    expect([hits[0]?.method, hits[0]?.body]).toEqual(['PATCH', { name: 'saag' }]);
  });

  it('passes an upstream 4xx through with the upstream message', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    const error = await failureOf(client.get('/dishes/missing', dish));
    expect(error).not.toBeInstanceOf(UpstreamError);
    expect(error.statusCode).toBe(404);
    expect(error.message).toBe('dish missing not found');
  });

  it('passes the code and subject of an upstream 4xx through, so the slice can word it', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    const error = await failureOf(client.get('/dishes/sold-out', dish));
    expect(error.statusCode).toBe(422);
    expect(error.details).toEqual({ code: 'DISH_SOLD_OUT', subject: 'Seasonal Uni Don' });
  });

  it('turns a body outside the schema into a 502 naming the service', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    const error = await failureOf(client.get('/dishes/odd', dish));
    expect(error.statusCode).toBe(502);
    expect(error.message).toMatch(/^We can't reach the kitchen right now/);
  });

  it('answers 502 naming the service when nothing listens', async () => {
    const client = createServiceClient({ name: 'catalog', baseUrl: await closedPortUrl(), logger });
    const error = await failureOf(client.get('/restaurants', z.array(dish)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.statusCode).toBe(502);
    expect(error.message).toBe("We can't reach the restaurants right now. Please try again in a moment.");
    expect(error.details).toEqual({ code: 'SERVICE_UNAVAILABLE', subject: 'catalog' });
  });

  it('gives up after its timeout with a 504', async () => {
    hang();
    const client = createServiceClient({ name: 'kitchen', baseUrl, timeoutMs: 150, logger });
    const started = Date.now();
    const error = await failureOf(client.get('/dishes/1', dish));
    expect(error.statusCode).toBe(504);
    expect(error.message).toBe("We can't reach the kitchen right now. Please try again in a moment.");
    expect(Date.now() - started).toBeLessThan(900);
    expect(hits).toHaveLength(1);
  });

  it('gives up sooner on a call that asks for a shorter timeout, and only on that call', async () => {
    hang();
    const client = createServiceClient({ name: 'kitchen', baseUrl, timeoutMs: 2_000, logger });
    const started = Date.now();
    const error = await failureOf(client.get('/dishes/1', dish, { timeoutMs: 100 }));
    expect(error.statusCode).toBe(504);
    expect(Date.now() - started).toBeLessThan(350);
    // The next call keeps the client's timeout: it is still waiting when a call started after it has
    // given up after 100 ms, and gets its answer once the service answers.
    const patient = client.get('/dishes/2', dish);
    expect((await failureOf(client.get('/dishes/3', dish, { timeoutMs: 100 }))).statusCode).toBe(504);
    answerAgain();
    expect(await patient).toEqual({ id: '2', name: 'dish 2' });
  });

  it('retries a GET once after a 5xx, but never a POST', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger });
    failuresLeft = 1;
    expect(await client.get('/dishes/3', dish)).toEqual({ id: '3', name: 'dish 3' });
    expect(hits).toHaveLength(2);

    hits = [];
    failuresLeft = 1;
    const error = await failureOf(client.post('/dishes', { name: 'dal' }, dish));
    expect(error.statusCode).toBe(502);
    expect(hits).toHaveLength(1);
  });

  it('opens the circuit once most attempts fail, then probes again', async () => {
    // The breaker's clock (it reads Date.now()); sockets and the retry's backoff keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    const client = createServiceClient({
      name: 'kitchen',
      baseUrl,
      logger,
      breaker: { window: 4, minimumAttempts: 2, halfOpenAfterMs: 300 },
    });
    failuresLeft = 100;
    expect((await failureOf(client.post('/dishes', {}, dish))).statusCode).toBe(502);
    expect((await failureOf(client.post('/dishes', {}, dish))).statusCode).toBe(502);
    const refused = await failureOf(client.get('/dishes/1', dish));
    expect(refused.statusCode).toBe(503);
    expect(refused.message).toBe("We can't reach the kitchen right now. Please try again in a few seconds.");
    expect(hits).toHaveLength(2);

    failuresLeft = 0;
    vi.advanceTimersByTime(299);
    expect((await failureOf(client.get('/dishes/1', dish))).statusCode).toBe(503);
    expect(hits).toHaveLength(2);
    // halfOpenAfterMs: 300 after it opened, one call goes through to probe, and closes it again.
    vi.advanceTimersByTime(1);
    expect(await client.get('/dishes/1', dish)).toEqual({ id: '1', name: 'dish 1' });
    expect(await client.get('/dishes/2', dish)).toEqual({ id: '2', name: 'dish 2' });
  });

  it('keeps the circuit closed for a busy service that times out several calls in a row, among many answered', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger, timeoutMs: 100, breaker: { halfOpenAfterMs: 60_000 } });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 14; i++) expect(await client.get(`/dishes/${i}`, dish)).toEqual({ id: String(i), name: `dish ${i}` });
      // A stall: the next six calls all time out.
      hang();
      for (let i = 0; i < 6; i++) expect((await failureOf(client.get(`/dishes/slow-${i}`, dish))).statusCode).toBe(504);
      answerAgain();
    }
    // Twelve timeouts, six in a row each time (five in a row used to open it), and the next customer is still served.
    expect(await client.get('/dishes/7', dish)).toEqual({ id: '7', name: 'dish 7' });
  });

  it('keeps the circuit closed for faults one request causes: 500s and 4xx answer that caller only', async () => {
    const client = createServiceClient({ name: 'kitchen', baseUrl, logger, breaker: { window: 4, minimumAttempts: 2, halfOpenAfterMs: 60_000 } });
    for (let i = 0; i < 5; i++) {
      expect((await failureOf(client.get('/dishes/crash', dish))).statusCode).toBe(502);
      expect((await failureOf(client.get('/dishes/missing', dish))).statusCode).toBe(404);
    }
    // Another customer is still served: the circuit did not open.
    expect(await client.get('/dishes/7', dish)).toEqual({ id: '7', name: 'dish 7' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problem } from '@tiffin/contracts';
import { createHttpApp, type HttpApp } from './app';
import { ConflictError, NotFoundError, UnprocessableError, UpstreamError } from './errors';
import { memoryLogger } from './test-logger';

const log = memoryLogger();
let app: HttpApp;
let base: string;

beforeAll(async () => {
  app = createHttpApp({ name: 'kitchen', logger: log.logger });
  app.post(
    '/orders',
    {
      schema: {
        body: z.object({ lines: z.array(z.object({ quantity: z.number().int().min(1) })) }),
        response: { 200: z.object({ count: z.number() }) },
      },
    },
    async (request) => ({ count: request.body.lines.length }),
  );
  app.get(
    '/orders/:orderId',
    { schema: { params: z.object({ orderId: z.uuid() }) } },
    async (request) => {
      throw new NotFoundError(`order ${request.params.orderId} not found`);
    },
  );
  app.get('/conflict', async () => {
    throw new ConflictError('order already placed with another body');
  });
  app.get('/closed', async () => {
    throw new UnprocessableError('body.restaurantId: restaurant Golden Lotus Dim Sum is closed', {
      code: 'RESTAURANT_CLOSED',
      subject: 'Golden Lotus Dim Sum',
    });
  });
  app.get('/upstream', async () => {
    throw new UpstreamError('catalog', 'timeout');
  });
  app.get('/crash', async () => {
    throw new Error('connection string postgres://secret@db leaked');
  });
  app.get('/bad-answer', { schema: { response: { 200: z.object({ id: z.uuid() }) } } }, async () => ({
    id: 'not-a-uuid',
  }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(() => app.close());

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return problem.parse(await response.json());
}

describe('createHttpApp', () => {
  it('answers GET /health with its name', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', name: 'kitchen' });
  });

  it('answers health under `service` when created the service-kit way', async () => {
    const service = createHttpApp({ service: 'catalog', logger: log.logger });
    const response = await service.inject({ url: '/health' });
    expect(response.json()).toEqual({ status: 'ok', service: 'catalog' });
    await service.close();
  });

  it('names the field and the rule when the body is invalid', async () => {
    const response = await fetch(`${base}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lines: [{ quantity: 0 }] }),
    });
    expect(response.status).toBe(400);
    const body = await problemOf(response);
    expect(body.error).toBe('Bad Request');
    expect(body.message).toBe('body.lines[0].quantity: Too small: expected number to be >=1');
  });

  it('names the params field that failed', async () => {
    const response = await fetch(`${base}/orders/42`);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).message).toMatch(/^params\.orderId: /);
  });

  it('accepts a valid body', async () => {
    const response = await fetch(`${base}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lines: [{ quantity: 2 }] }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ count: 1 });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(`${base}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"lines": [',
    });
    expect(response.status).toBe(400);
    await problemOf(response);
  });

  it.each([
    ['/orders/5b0c8f1e-6f55-4f0e-9d36-2f1f5e3f7a10', 404, 'order 5b0c8f1e-6f55-4f0e-9d36-2f1f5e3f7a10 not found'],
    ['/conflict', 409, 'order already placed with another body'],
    ['/closed', 422, 'body.restaurantId: restaurant Golden Lotus Dim Sum is closed'],
    ['/upstream', 504, "We can't reach the restaurants right now. Please try again in a moment."],
  ])('maps the error thrown by %s to %i with its message', async (path, status, message) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    expect((await problemOf(response)).message).toBe(message);
  });

  it('carries the code and what it is about beside the message, for the caller to word', async () => {
    expect(await problemOf(await fetch(`${base}/closed`))).toMatchObject({ code: 'RESTAURANT_CLOSED', subject: 'Golden Lotus Dim Sum' });
    expect(await problemOf(await fetch(`${base}/upstream`))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subject: 'catalog' });
    expect(await problemOf(await fetch(`${base}/conflict`))).not.toHaveProperty('code');
  });

  it('hides unexpected errors behind "internal error" and logs them with the correlation id', async () => {
    const response = await fetch(`${base}/crash`);
    expect(response.status).toBe(500);
    const body = await problemOf(response);
    expect(body.message).toBe('internal error');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.correlationId).toBe(response.headers.get('x-correlation-id'));
    const logged = log.lines().find((line) => line.correlationId === body.correlationId && line.level === 50);
    expect(JSON.stringify(logged)).toContain('postgres://secret@db leaked');
  });

  it('treats an answer outside the response schema as an internal error', async () => {
    const response = await fetch(`${base}/bad-answer`);
    expect(response.status).toBe(500);
    expect((await problemOf(response)).message).toBe('internal error');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await fetch(`${base}/nowhere?x=1`);
    expect(response.status).toBe(404);
    expect((await problemOf(response)).message).toBe('no route GET /nowhere');
  });

  it('echoes the caller’s correlation id and puts it on the request’s log lines', async () => {
    const response = await fetch(`${base}/health`, { headers: { 'x-correlation-id': 'checkout-77' } });
    expect(response.headers.get('x-correlation-id')).toBe('checkout-77');
    expect(log.lines().some((line) => line.correlationId === 'checkout-77')).toBe(true);
  });

  it('generates a correlation id when none (or a hostile one) is given', async () => {
    const plain = await fetch(`${base}/health`);
    expect(plain.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await fetch(`${base}/health`, { headers: { 'x-correlation-id': 'a b\tc' } });
    expect(hostile.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

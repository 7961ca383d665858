import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { orderAccepted, restaurantList } from '@tiffin/contracts';
import { type Session } from '@tiffin/slice-contract';
import { createBffClient } from './bffClient';

const session: Session = { identity: demoAccounts.asha, csrfToken: 'csrf-token-of-this-session-0123' };
const restaurant = {
  id: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01',
  name: 'Dosa House',
  cuisine: 'South Indian',
  address: '1 Curry Lane',
  open: true,
};
const orderId = '9c6f3ab4-5c1d-4c59-8f4a-2d8f0f0e7b11';

let server: Server;
let bffBase: string;
let seen: { url: string; headers: IncomingHttpHeaders; body: string } | null = null;

// A real HTTP server playing the BFF: each path answers the way one kind of BFF answer looks.
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen = { url: req.url ?? '', headers: req.headers, body };
      const send = (status: number, answer: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      };
      switch (req.url) {
        case '/bff/catalog/restaurants?q=dosa':
          return send(200, [restaurant]);
        case '/bff/catalog/off-contract':
          return send(200, [{ ...restaurant, id: 7 }]);
        case '/bff/catalog/bad-request':
          return send(400, { statusCode: 400, error: 'Bad Request', message: 'querystring/q must be at most 100 characters' });
        case '/bff/catalog/closed':
          return send(422, {
            statusCode: 422,
            error: 'Unprocessable Entity',
            message: 'body.restaurantId: restaurant Golden Lotus Dim Sum (6f1c1c55) is closed',
            code: 'RESTAURANT_CLOSED',
            subject: 'Golden Lotus Dim Sum',
          });
        case '/bff/catalog/orders':
          return send(202, { orderId, status: 'PENDING' });
        case '/bff/catalog/signed-out':
          return send(401, { statusCode: 401, error: 'Unauthorized', message: 'sign in to use Tiffin' });
        default:
          return send(502, { oops: true });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bffBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bff/catalog`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('BFF client', () => {
  it('returns validated data from the slice BFF, sending no identity of its own', async () => {
    const client = createBffClient(bffBase, session);
    await expect(client.get('/restaurants?q=dosa', restaurantList)).resolves.toEqual([restaurant]);
    expect(seen?.url).toBe('/bff/catalog/restaurants?q=dosa');
    expect(Object.keys(seen?.headers ?? {}).filter((name) => name.startsWith('x-tiffin'))).toEqual([]);
    // A read changes nothing, so it needs no CSRF token.
    expect(seen?.headers['x-csrf-token']).toBeUndefined();
  });

  it('starts a trace with every call: a fresh W3C traceparent, which the edge continues', async () => {
    const client = createBffClient(bffBase, session);
    await client.get('/restaurants?q=dosa', restaurantList);
    const first = seen?.headers.traceparent;
    await client.get('/restaurants?q=dosa', restaurantList);
    expect(first).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(seen?.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(seen?.headers.traceparent).not.toBe(first);
  });

  it('tells the shell the session ended when the BFF answers 401', async () => {
    let ended = 0;
    const client = createBffClient(bffBase, session, { onSessionEnded: () => (ended += 1) });
    await expect(client.get('/signed-out', restaurantList)).rejects.toMatchObject({ status: 401 });
    expect(ended).toBe(1);
  });

  it("posts JSON with the session's CSRF token and extra headers, and validates the answer", async () => {
    const client = createBffClient(bffBase, session);
    const accepted = await client.post('/orders', { deliveryAddress: '12 Harbour Street' }, orderAccepted, {
      'idempotency-key': 'attempt-1',
    });

    expect(accepted).toEqual({ orderId, status: 'PENDING' });
    expect(seen?.headers['x-csrf-token']).toBe(session.csrfToken);
    expect(seen?.headers['idempotency-key']).toBe('attempt-1');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ deliveryAddress: '12 Harbour Street' });
  });

  it("shows the BFF's own problem message", async () => {
    const client = createBffClient(bffBase, session);
    await expect(client.get('/bad-request', restaurantList)).rejects.toMatchObject({
      name: 'BffError',
      message: 'querystring/q must be at most 100 characters',
      status: 400,
    });
  });

  it('keeps the problem body, so the slice can act on its code', async () => {
    const client = createBffClient(bffBase, session);
    await expect(client.get('/closed', restaurantList)).rejects.toMatchObject({
      status: 422,
      problem: { code: 'RESTAURANT_CLOSED', subject: 'Golden Lotus Dim Sum' },
    });
  });

  it('falls back to the status when the error has no problem body', async () => {
    const client = createBffClient(bffBase, session);
    await expect(client.get('/missing', restaurantList)).rejects.toMatchObject({ status: 502, message: /HTTP 502/ });
  });

  it('refuses an answer that breaks the contract', async () => {
    const client = createBffClient(bffBase, session);
    await expect(client.get('/off-contract', restaurantList)).rejects.toThrow('does not understand');
  });

  it('says so when the server cannot be reached', async () => {
    const client = createBffClient('http://127.0.0.1:9/bff/catalog', session);
    await expect(client.get('/restaurants', restaurantList)).rejects.toMatchObject({ status: 0, message: /Can't reach Tiffin/ });
  });

  it('lets an aborted request end as an abort, not as a connection problem', async () => {
    const client = createBffClient(bffBase, session);
    await expect(client.get('/restaurants?q=dosa', restaurantList, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurantList } from '@tiffin/contracts';
import { createBffClient } from './bffClient';

const session = { consumerId: '3b241101-e2bb-4255-8caf-4136c566a962', displayName: 'Guest' };
const restaurant = {
  id: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01',
  name: 'Dosa House',
  cuisine: 'South Indian',
  address: '1 Curry Lane',
  open: true,
};

let server: Server;
let origin: string;
let lastHeaders: IncomingHttpHeaders = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    lastHeaders = req.headers;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/bff/catalog/restaurants') return send(200, [restaurant]);
    if (req.url === '/bff/catalog/off-contract') return send(200, [{ ...restaurant, id: 7 }]);
    if (req.url === '/bff/catalog/bad-request')
      return send(400, { statusCode: 400, error: 'Bad Request', message: 'querystring/q must be at most 100 characters' });
    return send(502, { oops: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('catalog BFF client', () => {
  it('returns validated data and identifies the customer', async () => {
    const client = createBffClient(`${origin}/bff/catalog`, session);
    await expect(client.get('/restaurants', restaurantList)).resolves.toEqual([restaurant]);
    expect(lastHeaders['x-tiffin-consumer-id']).toBe(session.consumerId);
  });

  it("shows the BFF's own problem message", async () => {
    const client = createBffClient(`${origin}/bff/catalog`, session);
    await expect(client.get('/bad-request', restaurantList)).rejects.toMatchObject({
      message: 'querystring/q must be at most 100 characters',
      status: 400,
    });
  });

  it('falls back to the status when the error has no problem body', async () => {
    const client = createBffClient(`${origin}/bff/catalog`, session);
    await expect(client.get('/missing', restaurantList)).rejects.toMatchObject({ status: 502, message: /HTTP 502/ });
  });

  it('refuses an answer that breaks the contract', async () => {
    const client = createBffClient(`${origin}/bff/catalog`, session);
    await expect(client.get('/off-contract', restaurantList)).rejects.toThrow('does not understand');
  });

  it('says so when the server cannot be reached', async () => {
    const client = createBffClient('http://127.0.0.1:9/bff/catalog', session);
    await expect(client.get('/restaurants', restaurantList)).rejects.toMatchObject({ status: 0, message: /Can't reach Tiffin/ });
  });
});

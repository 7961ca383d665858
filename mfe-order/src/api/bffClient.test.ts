import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderAccepted } from '@tiffin/contracts';
import { createBffClient } from './bffClient';

const session = { consumerId: '3b241101-e2bb-4255-8caf-4136c566a962', displayName: 'Guest' };
const orderId = '9c6f3ab4-5c1d-4c59-8f4a-2d8f0f0e7b11';

let server: Server;
let origin: string;
let seen: { headers: IncomingHttpHeaders; body: string } | null = null;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen = { headers: req.headers, body };
      const problem = req.url === '/bff/order/orders-closed';
      res.writeHead(problem ? 422 : 202, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          problem
            ? { statusCode: 422, error: 'Unprocessable Entity', message: 'Dosa House is closed right now' }
            : { orderId, status: 'PENDING' },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('order BFF client', () => {
  it('posts JSON as the customer with extra headers and validates the answer', async () => {
    const client = createBffClient(`${origin}/bff/order`, session);
    const accepted = await client.post('/orders', { deliveryAddress: '12 Harbour Street' }, orderAccepted, {
      'idempotency-key': 'attempt-1',
    });

    expect(accepted).toEqual({ orderId, status: 'PENDING' });
    expect(seen?.headers['x-tiffin-consumer-id']).toBe(session.consumerId);
    expect(seen?.headers['idempotency-key']).toBe('attempt-1');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ deliveryAddress: '12 Harbour Street' });
  });

  it("surfaces the BFF's problem message", async () => {
    const client = createBffClient(`${origin}/bff/order`, session);
    await expect(client.post('/orders-closed', {}, orderAccepted)).rejects.toMatchObject({
      status: 422,
      message: 'Dosa House is closed right now',
    });
  });
});

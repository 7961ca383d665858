import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryList } from '@tiffin/contracts';
import { createBffClient } from './bffClient';

const session = { consumerId: '3b241101-e2bb-4255-8caf-4136c566a962', displayName: 'Guest' };
const delivery = {
  id: '5a0d7a39-8d4f-4d3c-9a53-6c1b2f0a9e01',
  orderId: '9c6f3ab4-5c1d-4c59-8f4a-2d8f0f0e7b11',
  consumerId: session.consumerId,
  restaurantId: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01',
  restaurantName: 'Dosa House',
  pickupAddress: '1 Curry Lane',
  deliveryAddress: '12 Harbour Street',
  status: 'SCHEDULED',
  scheduledAt: '2026-11-21T12:00:00.000Z',
  updatedAt: '2026-11-21T12:00:00.000Z',
};

let server: Server;
let origin: string;
let seen: { url: string; headers: IncomingHttpHeaders } | null = null;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen = { url: req.url ?? '', headers: req.headers };
    const ok = req.url?.startsWith('/bff/delivery/deliveries');
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        ok ? [delivery] : { statusCode: 503, error: 'Service Unavailable', message: 'Deliveries are unavailable right now' },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('delivery BFF client', () => {
  it("fetches the customer's deliveries as that customer", async () => {
    const client = createBffClient(`${origin}/bff/delivery`, session);
    await expect(client.get('/deliveries?orderId=x', deliveryList)).resolves.toEqual([delivery]);
    expect(seen?.url).toBe('/bff/delivery/deliveries?orderId=x');
    expect(seen?.headers['x-tiffin-consumer-id']).toBe(session.consumerId);
  });

  it("surfaces the BFF's problem message", async () => {
    const client = createBffClient(`${origin}/bff/delivery`, session);
    await expect(client.get('/elsewhere', deliveryList)).rejects.toMatchObject({
      status: 503,
      message: 'Deliveries are unavailable right now',
    });
  });
});

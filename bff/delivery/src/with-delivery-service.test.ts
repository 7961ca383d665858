import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  delivery,
  deliveryList,
  guestCustomer,
  orderAccepted,
  problem,
  restaurant,
  restaurantList,
  type Delivery,
} from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { memoryLogger, signedInAs, customerIdentity, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

let backend: Awaited<ReturnType<typeof startBackend<'delivery' | 'order' | 'catalog' | 'consumer' | 'kitchen' | 'accounting'>>>;
let app: HttpApp;
// The seeded guest: the consumer service rejects orders from customers it does not know.
const consumerId: string = guestCustomer.consumerId;
let orderId: string;
let scheduled: Delivery;
const waitLong = { timeout: 10_000, interval: 50 };

function asConsumer(url: string, consumer = consumerId) {
  return app.inject({ url, headers: { ...signedInAs(customerIdentity(consumer)) } });
}

/** Places an order straight at the order service, as the order BFF would, retrying until the menu replica knows the restaurant. */
async function placeOrder(): Promise<string> {
  const list = restaurantList.parse(await (await fetch(`${backend.urls.catalog}/restaurants`)).json());
  const open = list.find((r) => r.open)!;
  const menu = restaurant.parse(await (await fetch(`${backend.urls.catalog}/restaurants/${open.id}`)).json()).menu;
  const dish = menu.find((item) => item.available)!;
  return vi.waitFor(async () => {
    const response = await fetch(`${backend.urls.order}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        consumerId,
        restaurantId: open.id,
        lines: [{ menuItemId: dish.id, quantity: 1 }],
        deliveryAddress: '7 Rickshaw Row',
        cardId: guestCustomer.cards.everyday,
      }),
    });
    expect(response.status, 'the order service to accept the order').toBe(202);
    return orderAccepted.parse(await response.json()).orderId;
  }, waitLong);
}

beforeAll(async () => {
  backend = await startBackend(['delivery', 'order', 'catalog', 'consumer', 'kitchen', 'accounting']);
  app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_DELIVERY_SERVICE_URL: backend.urls.delivery }, logger: memoryLogger().logger });
  orderId = await placeOrder();
  scheduled = await vi.waitFor(async () => {
    const [found] = deliveryList.parse((await asConsumer(`/deliveries?orderId=${orderId}`)).json());
    return found ?? expect.fail(`no delivery was scheduled for order ${orderId}`);
  }, waitLong);
});

afterAll(async () => {
  await app?.close();
  await backend?.stop();
});

describe('delivery BFF with the real services', () => {
  it('finds the delivery scheduled for an approved order', () => {
    expect(scheduled).toMatchObject({ orderId, consumerId, deliveryAddress: '7 Rickshaw Row', status: 'SCHEDULED' });
  });

  it('lists the consumer’s deliveries', async () => {
    const mine = deliveryList.parse((await asConsumer('/deliveries')).json());
    expect(mine.map((d) => d.id)).toEqual([scheduled.id]);
  });

  it('shows one delivery to its consumer', async () => {
    const response = await asConsumer(`/deliveries/${scheduled.id}`);
    expect(response.statusCode).toBe(200);
    expect(delivery.parse(response.json())).toEqual(scheduled);
  });

  it('shows nothing of it to anyone else', async () => {
    const stranger = randomUUID();
    const single = await asConsumer(`/deliveries/${scheduled.id}`, stranger);
    expect(single.statusCode).toBe(404);
    expect(problem.parse(single.json()).message).toBe(`delivery ${scheduled.id} not found`);
    expect(deliveryList.parse((await asConsumer(`/deliveries?orderId=${orderId}`, stranger)).json())).toEqual([]);
    expect(deliveryList.parse((await asConsumer('/deliveries', stranger)).json())).toEqual([]);
  });

  it('passes the delivery service’s 404 through', async () => {
    const response = await asConsumer(`/deliveries/${randomUUID()}`);
    expect(response.statusCode).toBe(404);
  });
});

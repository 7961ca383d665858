import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import {
  guestCustomer,
  order,
  orderAccepted,
  orderDetails,
  problem,
  restaurant,
  restaurantList,
  type Order,
  type Restaurant,
} from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { closedPortUrl, memoryLogger, signedInAs, startSilentServer, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';
import { orderDetailsPartTimeoutMs } from './routes/get-order-details';

type Participants = 'order' | 'catalog' | 'consumer' | 'kitchen' | 'accounting' | 'delivery';
let backend: Awaited<ReturnType<typeof startBackend<Participants>>>;
let silent: Awaited<ReturnType<typeof startSilentServer>>;
let openRestaurant: Restaurant;
let approved: Order;
const { guest, asha, bombayStaff } = demoAccounts;
const apps: HttpApp[] = [];

/** The order BFF over the real services, with some of them replaced by a URL where one is down or hangs. */
function bffWith(overrides: NodeJS.ProcessEnv = {}): HttpApp {
  const app = buildApp({
    env: {
      TIFFIN_ORDER_SERVICE_URL: backend.urls.order,
      TIFFIN_CATALOG_SERVICE_URL: backend.urls.catalog,
      TIFFIN_DELIVERY_SERVICE_URL: backend.urls.delivery,
      TIFFIN_ACCOUNTING_SERVICE_URL: backend.urls.accounting,
      ...overrides,
    },
    logger: memoryLogger().logger,
    identitySecret: testIdentitySecret,
  });
  apps.push(app);
  return app;
}

const detailsOf = (app: HttpApp, orderId: string, who: Parameters<typeof signedInAs>[0] = guest) =>
  app.inject({ url: `/orders/${orderId}/details`, headers: signedInAs(who) });

/** Places the guest's order at the order service, as the order BFF would, and waits until it is approved and its delivery scheduled. */
async function anApprovedOrder(): Promise<Order> {
  const dish = openRestaurant.menu.find((item) => item.available)!;
  const waitLong = { timeout: 15_000, interval: 50 };
  // The order service learns menus from the catalog's events: retry until it knows this one.
  const orderId = await vi.waitFor(async () => {
    const response = await fetch(`${backend.urls.order}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        consumerId: guestCustomer.consumerId,
        restaurantId: openRestaurant.id,
        lines: [{ menuItemId: dish.id, quantity: 2 }],
        deliveryAddress: '12 Curry Lane',
        cardId: guestCustomer.cards.everyday,
      }),
    });
    expect(response.status, 'the order service to accept the order').toBe(202);
    return orderAccepted.parse(await response.json()).orderId;
  }, waitLong);
  return vi.waitFor(async () => {
    const found = order.parse(await (await fetch(`${backend.urls.order}/orders/${orderId}`)).json());
    const deliveries = (await (await fetch(`${backend.urls.delivery}/deliveries?orderId=${orderId}`)).json()) as unknown[];
    expect([found.status, deliveries.length], `order ${orderId} approved with a delivery`).toEqual(['APPROVED', 1]);
    return found;
  }, waitLong);
}

beforeAll(async () => {
  backend = await startBackend(['order', 'catalog', 'consumer', 'kitchen', 'accounting', 'delivery']);
  silent = await startSilentServer();
  const list = restaurantList.parse(await (await fetch(`${backend.urls.catalog}/restaurants`)).json());
  const all = await Promise.all(list.map(async (r) => restaurant.parse(await (await fetch(`${backend.urls.catalog}/restaurants/${r.id}`)).json())));
  openRestaurant = all.find((r) => r.open && r.menu.some((item) => item.available))!;
  approved = await anApprovedOrder();
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await silent?.close();
  await backend?.stop();
});

describe('order details composed from the services that know the order', () => {
  it('shows the order with its restaurant and dishes, its delivery and its payment', async () => {
    const response = await detailsOf(bffWith(), approved.id);
    expect(response.statusCode).toBe(200);
    const details = orderDetails.parse(response.json());
    expect(details.order).toMatchObject({ id: approved.id, status: 'APPROVED', totalCents: approved.totalCents });
    expect(details.restaurant).toMatchObject({ id: openRestaurant.id, name: openRestaurant.name, address: openRestaurant.address });
    expect(details.restaurant?.dishes.map((dish) => dish.id)).toEqual(approved.lines.map((line) => line.menuItemId));
    expect(details.delivery).toMatchObject({ orderId: approved.id, status: 'SCHEDULED', deliveryAddress: '12 Curry Lane' });
    expect(details.payment).toEqual({ status: 'AUTHORIZED', amountCents: approved.totalCents, declineReason: null });
    expect(details.notices).toEqual([]);
  });

  it('answers someone else’s order exactly like a missing one', async () => {
    const app = bffWith();
    const stranger = await detailsOf(app, approved.id, asha);
    expect([stranger.statusCode, problem.parse(stranger.json()).message]).toEqual([404, `order ${approved.id} not found`]);
    const unknown = randomUUID();
    const missing = await detailsOf(app, unknown);
    expect(missing.statusCode).toBe(404);
  });

  it('is for customers only: 403 for restaurant staff and couriers, 401 without an identity', async () => {
    const app = bffWith();
    expect((await detailsOf(app, approved.id, bombayStaff)).statusCode).toBe(403);
    expect((await detailsOf(app, approved.id, demoAccounts.rosa)).statusCode).toBe(403);
    const nobody = await app.inject({ url: `/orders/${approved.id}/details` });
    expect([nobody.statusCode, problem.parse(nobody.json()).message]).toEqual([401, 'sign in to use Tiffin']);
  });

  it('shows the rest, and says what is missing, when the delivery service is down', async () => {
    const response = await detailsOf(bffWith({ TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl() }), approved.id);
    expect(response.statusCode).toBe(200);
    const details = orderDetails.parse(response.json());
    expect(details.delivery).toBeNull();
    expect(details.notices).toEqual([
      { part: 'delivery', message: 'Delivery details are unavailable right now; your order is not affected.' },
    ]);
    expect(details.order.id).toBe(approved.id);
    expect(details.restaurant?.name).toBe(openRestaurant.name);
    expect(details.payment?.status).toBe('AUTHORIZED');
  });

  it('does not wait for a part whose service hangs: that part is left out after its own timeout', async () => {
    const app = bffWith({ TIFFIN_ACCOUNTING_SERVICE_URL: silent.url, TIFFIN_CATALOG_SERVICE_URL: silent.url });
    const started = Date.now();
    const response = await detailsOf(app, approved.id);
    const tookMs = Date.now() - started;
    expect(response.statusCode).toBe(200);
    const details = orderDetails.parse(response.json());
    expect(details.payment).toBeNull();
    expect(details.restaurant).toBeNull();
    expect(details.notices.map((notice) => notice.part).sort()).toEqual(['payment', 'restaurant']);
    expect(details.delivery?.status).toBe('SCHEDULED');
    // Both hung parts were waited for side by side, each for its own timeout, not the client's 2 s default.
    expect(tookMs).toBeGreaterThanOrEqual(orderDetailsPartTimeoutMs);
    expect(tookMs).toBeLessThan(2 * orderDetailsPartTimeoutMs);
  });

  it('stops asking a part’s service that keeps failing (its own breaker), while the order is still served', async () => {
    // An accounting service that answers, but only that it is unavailable; it counts what it is asked.
    let asked = 0;
    const unavailable = createServer((_request, response) => {
      asked += 1;
      response.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"database down"}');
    });
    await new Promise<void>((resolve) => unavailable.listen(0, '127.0.0.1', resolve));
    try {
      const app = bffWith({ TIFFIN_ACCOUNTING_SERVICE_URL: `http://127.0.0.1:${(unavailable.address() as AddressInfo).port}` });
      for (let call = 0; call < 5; call += 1) expect((await detailsOf(app, approved.id)).statusCode).toBe(200);
      const askedBeforeOpen = asked;
      expect(askedBeforeOpen).toBeGreaterThan(0);
      const response = await detailsOf(app, approved.id);
      const details = orderDetails.parse(response.json());
      expect(details.notices.map((notice) => notice.part)).toEqual(['payment']);
      expect(details.restaurant).not.toBeNull();
      expect(details.delivery).not.toBeNull();
      expect(asked).toBe(askedBeforeOpen);
    } finally {
      unavailable.closeAllConnections();
      await new Promise((resolve) => unavailable.close(resolve));
    }
  });

  it('fails only when the order itself cannot be had', async () => {
    const response = await detailsOf(bffWith({ TIFFIN_ORDER_SERVICE_URL: await closedPortUrl() }), approved.id);
    expect(response.statusCode).toBe(502);
    expect(problem.parse(response.json()).message).toBe("We can't reach your orders right now. Please try again in a moment.");
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  guestCustomer,
  order,
  orderAccepted,
  orderSummaryList,
  paymentCardList,
  problem,
  restaurant,
  restaurantList,
  type PlaceOrderRequest,
  type Restaurant,
} from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { memoryLogger, signedInAs, customerIdentity, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

type Participants = 'order' | 'catalog' | 'consumer' | 'kitchen' | 'accounting' | 'delivery' | 'order-history';
let backend: Awaited<ReturnType<typeof startBackend<Participants>>>;
let app: HttpApp;
let openRestaurant: Restaurant;
let closedRestaurant: Restaurant;
// The seeded guest: the consumer service rejects orders from customers it does not know.
const consumerId: string = guestCustomer.consumerId;
const waitLong = { timeout: 10_000, interval: 50 };

async function restaurants(): Promise<Restaurant[]> {
  const list = restaurantList.parse(await (await fetch(`${backend.urls.catalog}/restaurants`)).json());
  return Promise.all(
    list.map(async (r) => restaurant.parse(await (await fetch(`${backend.urls.catalog}/restaurants/${r.id}`)).json())),
  );
}

function orderFrom(source: Restaurant): PlaceOrderRequest {
  const dish = source.menu.find((item) => item.available)!;
  return {
    restaurantId: source.id,
    lines: [{ menuItemId: dish.id, quantity: 2 }],
    deliveryAddress: '12 Curry Lane',
    cardId: guestCustomer.cards.everyday,
  };
}

function place(body: PlaceOrderRequest, key: string, consumer = consumerId) {
  return app.inject({
    method: 'POST',
    url: '/orders',
    headers: { ...signedInAs(customerIdentity(consumer)), 'idempotency-key': key },
    payload: body,
  });
}

beforeAll(async () => {
  backend = await startBackend(['order', 'catalog', 'consumer', 'kitchen', 'accounting', 'delivery', 'order-history']);
  app = buildApp({
    identitySecret: testIdentitySecret,
    env: {
      TIFFIN_ORDER_SERVICE_URL: backend.urls.order,
      TIFFIN_CONSUMER_SERVICE_URL: backend.urls.consumer,
      TIFFIN_ORDER_HISTORY_SERVICE_URL: backend.urls['order-history'],
    },
    logger: memoryLogger().logger,
  });
  const all = await restaurants();
  openRestaurant = all.find((r) => r.open && r.menu.some((item) => item.available))!;
  closedRestaurant = all.find((r) => !r.open)!;
  // The order service learns menus from the catalog's events; wait until it knows this one.
  await vi.waitFor(async () => expect((await place(orderFrom(openRestaurant), randomUUID(), randomUUID())).statusCode).toBe(202), waitLong);
});

afterAll(async () => {
  await app?.close();
  await backend?.stop();
});

async function orderAs(consumer: string, orderId: string) {
  return app.inject({ url: `/orders/${orderId}`, headers: { ...signedInAs(customerIdentity(consumer)) } });
}

describe('order BFF with the real order service', () => {
  it('places an order for the consumer in the header and answers 202', async () => {
    const response = await place(orderFrom(openRestaurant), 'first-try');
    expect(response.statusCode).toBe(202);
    const accepted = orderAccepted.parse(response.json());

    const again = orderAccepted.parse((await place(orderFrom(openRestaurant), 'first-try')).json());
    expect(again.orderId).toBe(accepted.orderId);

    const shown = order.parse((await orderAs(consumerId, accepted.orderId)).json());
    expect(shown.consumerId).toBe(consumerId);
    expect(shown.restaurantName).toBe(openRestaurant.name);
    expect(shown.lines[0]?.quantity).toBe(2);
  });

  it('follows the order until the saga has approved it', async () => {
    const { orderId } = orderAccepted.parse((await place(orderFrom(openRestaurant), randomUUID())).json());
    await expect.poll(async () => order.parse((await orderAs(consumerId, orderId)).json()).status, waitLong).toBe('APPROVED');
  });

  it('cancels the customer’s approved order, and refuses a second cancellation with the reason', async () => {
    const { orderId } = orderAccepted.parse((await place(orderFrom(openRestaurant), randomUUID())).json());
    const statusOf = async () => order.parse((await orderAs(consumerId, orderId)).json()).status;
    await expect.poll(statusOf, waitLong).toBe('APPROVED');
    const cancel = (consumer: string) =>
      app.inject({ method: 'POST', url: `/orders/${orderId}/cancel`, headers: { ...signedInAs(customerIdentity(consumer)) } });

    const stranger = await cancel(randomUUID());
    expect([stranger.statusCode, problem.parse(stranger.json()).message]).toEqual([404, `order ${orderId} not found`]);
    expect(orderAccepted.parse((await cancel(consumerId)).json())).toEqual({ orderId, status: 'APPROVED' });
    await expect.poll(statusOf, waitLong).toBe('CANCELLED');
    const again = await cancel(consumerId);
    expect([again.statusCode, problem.parse(again.json()).message]).toEqual([409, 'This order is already cancelled']);
  });

  it('hides an order from anyone but the consumer who placed it', async () => {
    const { orderId } = orderAccepted.parse((await place(orderFrom(openRestaurant), randomUUID())).json());
    const response = await orderAs(randomUUID(), orderId);
    expect(response.statusCode).toBe(404);
    expect(problem.parse(response.json()).message).toBe(`order ${orderId} not found`);
  });

  it('lists only the consumer’s own orders, newest first, from the order history', async () => {
    const { orderId } = orderAccepted.parse((await place(orderFrom(openRestaurant), randomUUID())).json());
    const myOrders = async () =>
      orderSummaryList.parse((await app.inject({ url: '/orders', headers: { ...signedInAs(customerIdentity(consumerId)) } })).json());
    // The history follows the order's events: the new order shows up a moment after the 202.
    await expect.poll(async () => (await myOrders())[0]?.id, { timeout: 10_000 }).toBe(orderId);
    const mine = await myOrders();
    expect(mine.every((o) => o.consumerId === consumerId)).toBe(true);
    const placedHere = order.parse((await orderAs(consumerId, orderId)).json());
    expect(mine[0]).toEqual({ ...placedHere, status: mine[0]!.status, payment: mine[0]!.payment, createdAt: mine[0]!.createdAt, updatedAt: mine[0]!.updatedAt });
    // Approved, the total is held on the card; the list says so from the view.
    await expect.poll(async () => (await myOrders())[0]?.payment, { timeout: 10_000 }).toEqual({ status: 'AUTHORIZED', amountCents: placedHere.totalCents });
    const someoneElse = await app.inject({ url: '/orders', headers: { ...signedInAs(customerIdentity(randomUUID())) } });
    expect(orderSummaryList.parse(someoneElse.json())).toEqual([]);
  });

  it('lists the customer’s cards from the consumer service, without anything secret', async () => {
    const response = await app.inject({ url: '/payment-cards', headers: { ...signedInAs(customerIdentity(consumerId)) } });
    expect(response.statusCode).toBe(200);
    const cards = paymentCardList.parse(response.json());
    expect(cards.map((card) => card.id)).toEqual([guestCustomer.cards.everyday, guestCustomer.cards.alwaysDeclined]);
    expect(cards[0]).toEqual({ id: guestCustomer.cards.everyday, brand: 'Visa', last4: '4242', expiryMonth: 12, expiryYear: 2030, label: 'Everyday Visa', expired: false });
    expect(JSON.stringify(response.json())).not.toContain('tok_');
  });

  it('answers 404 for the cards of a customer the consumer service does not know', async () => {
    const stranger = randomUUID();
    const response = await app.inject({ url: '/payment-cards', headers: { ...signedInAs(customerIdentity(stranger)) } });
    expect(response.statusCode).toBe(404);
    expect(problem.parse(response.json()).message).toBe(`consumer ${stranger} does not exist`);
  });

  it('passes the order service’s 422 through, so the customer learns why', async () => {
    const response = await place(orderFrom(closedRestaurant), randomUUID());
    expect(response.statusCode).toBe(422);
    expect(problem.parse(response.json()).message).toContain(`${closedRestaurant.name}`);
    expect(problem.parse(response.json()).message).toContain('closed');
    expect(problem.parse(response.json())).toMatchObject({ code: 'RESTAURANT_CLOSED', subject: closedRestaurant.name });
  });

  it('passes a reused idempotency key with another order through as 409', async () => {
    const key = randomUUID();
    expect((await place(orderFrom(openRestaurant), key)).statusCode).toBe(202);
    const response = await place({ ...orderFrom(openRestaurant), deliveryAddress: '99 Other Street' }, key);
    expect(response.statusCode).toBe(409);
    expect(problem.parse(response.json()).message).toContain(key);
  });

  it('places nothing at a price the customer did not see: 409 PRICE_CHANGED with the old and new price, then the confirmed order goes through', async () => {
    // Another dish than orderFrom's, so the other tests keep their prices.
    const dish = openRestaurant.menu.filter((item) => item.available)[1]!;
    const seen = { ...orderFrom(openRestaurant), lines: [{ menuItemId: dish.id, quantity: 1, unitPriceCents: dish.priceCents }] };
    const newPriceCents = dish.priceCents + 150;
    // The restaurant raises the price through the catalog service while the dish sits in the cart.
    const patched = await fetch(`${backend.urls.catalog}/restaurants/${openRestaurant.id}/menu-items/${dish.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ priceCents: newPriceCents }),
    });
    expect(patched.status).toBe(200);

    // The order service's replica follows the catalog's event a moment later.
    const response = await vi.waitFor(async () => {
      const answer = await place(seen, randomUUID());
      expect(answer.statusCode, 'the order service to know the new price').not.toBe(202);
      return answer;
    }, waitLong);
    expect(response.statusCode).toBe(409);
    expect(problem.parse(response.json())).toMatchObject({
      code: 'PRICE_CHANGED',
      changedLines: [{ menuItemId: dish.id, name: dish.name, seenPriceCents: dish.priceCents, priceCents: newPriceCents, available: true }],
    });

    const confirmed = { ...seen, lines: [{ ...seen.lines[0]!, unitPriceCents: newPriceCents }] };
    const accepted = await place(confirmed, randomUUID());
    expect(accepted.statusCode).toBe(202);
    const { orderId } = orderAccepted.parse(accepted.json());
    expect(order.parse((await orderAs(consumerId, orderId)).json()).totalCents).toBe(newPriceCents);
  });
});

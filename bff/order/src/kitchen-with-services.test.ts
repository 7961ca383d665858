import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import {
  guestCustomer,
  kitchenTicketList,
  kitchenTicketMove,
  order,
  orderAccepted,
  problem,
  restaurant,
  ticketList,
  type Identity,
  type Order,
  type Restaurant,
} from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

type Participants = 'order' | 'catalog' | 'consumer' | 'kitchen' | 'accounting' | 'delivery' | 'order-history';
let backend: Awaited<ReturnType<typeof startBackend<Participants>>>;
let app: HttpApp;
let bombay: Restaurant;
const staff = demoAccounts.bombayStaff;

/** Places an order for two of Bombay's dishes at the order service, as the seeded guest would. */
function placeAtOrderService(quantity: number): Promise<Response> {
  const dishes = bombay.menu.filter((item) => item.available).slice(0, 2);
  return fetch(`${backend.urls.order}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      consumerId: guestCustomer.consumerId,
      restaurantId: bombay.id,
      lines: dishes.map((dish) => ({ menuItemId: dish.id, quantity })),
      deliveryAddress: '12 Curry Lane',
      cardId: guestCustomer.cards.everyday,
    }),
  });
}

/** An order placed and approved by the create-order saga: its ticket awaits the kitchen. */
async function approvedOrder(quantity = 2): Promise<Order> {
  const { orderId } = orderAccepted.parse(await (await placeAtOrderService(quantity)).json());
  await expect.poll(async () => (await orderNow(orderId)).status, { timeout: 20_000 }).toBe('APPROVED');
  return orderNow(orderId);
}

async function orderNow(orderId: string): Promise<Order> {
  return order.parse(await (await fetch(`${backend.urls.order}/orders/${orderId}`)).json());
}

async function ticketIdOf(orderId: string): Promise<string> {
  const [found] = ticketList.parse(await (await fetch(`${backend.urls.kitchen}/tickets?orderId=${orderId}`)).json());
  return found!.id;
}

const tickets = (who?: Identity) => app.inject({ url: '/kitchen/tickets', ...(who ? { headers: signedInAs(who) } : {}) });
const move = (ticketId: string, action: string, who?: Identity, payload?: object) =>
  app.inject({
    method: 'POST',
    url: `/kitchen/tickets/${ticketId}/${action}`,
    ...(who ? { headers: signedInAs(who) } : {}),
    ...(payload ? { payload } : {}),
  });
const ticketsShown = async (who: Identity = staff) => kitchenTicketList.parse((await tickets(who)).json());

beforeAll(async () => {
  backend = await startBackend(['order', 'catalog', 'consumer', 'kitchen', 'accounting', 'delivery', 'order-history']);
  app = buildApp({
    env: {
      TIFFIN_ORDER_SERVICE_URL: backend.urls.order,
      TIFFIN_CONSUMER_SERVICE_URL: backend.urls.consumer,
      TIFFIN_ORDER_HISTORY_SERVICE_URL: backend.urls['order-history'],
      TIFFIN_KITCHEN_SERVICE_URL: backend.urls.kitchen,
    },
    identitySecret: testIdentitySecret,
    logger: memoryLogger().logger,
  });
  bombay = restaurant.parse(await (await fetch(`${backend.urls.catalog}/restaurants/${staff.restaurantId}`)).json());
  // The order service learns menus from the catalog's events; wait until it takes an order for this one.
  await vi.waitFor(async () => expect((await placeAtOrderService(1)).status).toBe(202), { timeout: 20_000, interval: 100 });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await backend?.stop();
});

describe('the kitchen screen through the order BFF, on the real services', () => {
  it('shows the staff a new order awaiting acceptance, with dish names, quantities, total and time', async () => {
    const placed = await approvedOrder(3);
    const ticketId = await ticketIdOf(placed.id);
    await expect.poll(async () => (await ticketsShown()).find((t) => t.orderId === placed.id)?.status, { timeout: 10_000 }).toBe('AWAITING_ACCEPTANCE');
    const shown = (await ticketsShown()).find((t) => t.orderId === placed.id)!;
    expect(shown).toMatchObject({ id: ticketId, totalCents: placed.totalCents, placedAt: placed.createdAt });
    expect(shown.lines).toEqual(placed.lines.map((line) => ({ menuItemId: line.menuItemId, name: line.name, quantity: 3 })));
    // Another restaurant's kitchen does not see it.
    expect((await ticketsShown(demoAccounts.sakuraStaff)).map((t) => t.orderId)).not.toContain(placed.id);
  });

  it('accepts, marks preparing and ready; the order follows each step', async () => {
    const placed = await approvedOrder();
    const ticketId = await ticketIdOf(placed.id);
    for (const [action, ticketStatus, orderStatus] of [
      ['accept', 'ACCEPTED', 'ACCEPTED'],
      ['preparing', 'PREPARING', 'PREPARING'],
      ['ready', 'READY_FOR_PICKUP', 'READY_FOR_PICKUP'],
    ] as const) {
      const response = await move(ticketId, action, staff);
      expect(response.statusCode, action).toBe(200);
      expect(kitchenTicketMove.parse(response.json())).toEqual({ ticketId, status: ticketStatus });
      expect((await ticketsShown()).find((t) => t.id === ticketId)?.status).toBe(ticketStatus);
      await expect.poll(async () => (await orderNow(placed.id)).status, { timeout: 10_000 }).toBe(orderStatus);
    }
  });

  it('says in the cook’s words why a step out of turn cannot be taken', async () => {
    const placed = await approvedOrder();
    const ticketId = await ticketIdOf(placed.id);
    const early = await move(ticketId, 'ready', staff);
    expect(early.statusCode).toBe(409);
    expect(problem.parse(early.json()).message).toBe('This order is waiting to be accepted, so you cannot mark it ready now.');
  });

  it('rejects with a reason the customer reads, and the ticket leaves the screen', async () => {
    const placed = await approvedOrder();
    const ticketId = await ticketIdOf(placed.id);
    const tooShort = await move(ticketId, 'reject', staff, { reason: 'no' });
    expect([tooShort.statusCode, problem.parse(tooShort.json()).message]).toEqual([400, 'body.reason: say in a few words why, for the customer']);
    const reason = 'We have run out of paneer tonight';
    const rejected = await move(ticketId, 'reject', staff, { reason });
    expect(kitchenTicketMove.parse(rejected.json())).toEqual({ ticketId, status: 'REJECTED' });
    await expect.poll(async () => (await orderNow(placed.id)).status, { timeout: 10_000 }).toBe('CANCELLED');
    expect((await orderNow(placed.id)).rejectionReason).toBe(reason);
    expect((await ticketsShown()).map((t) => t.id)).not.toContain(ticketId);
  });

  it('answers a ticket of another restaurant exactly like a missing one, and leaves it as it was', async () => {
    const placed = await approvedOrder();
    const ticketId = await ticketIdOf(placed.id);
    for (const action of ['accept', 'preparing', 'ready', 'reject']) {
      const payload = action === 'reject' ? { reason: 'Not our order' } : undefined;
      const foreign = await move(ticketId, action, demoAccounts.sakuraStaff, payload);
      const missing = await move(randomUUID(), action, demoAccounts.sakuraStaff, payload);
      expect([foreign.statusCode, missing.statusCode], action).toEqual([404, 404]);
      expect(problem.parse(foreign.json()).message, action).toBe(problem.parse(missing.json()).message);
    }
    expect((await ticketsShown()).find((t) => t.id === ticketId)?.status).toBe('AWAITING_ACCEPTANCE');
  });

  it('refuses customers and couriers (403) and anyone not signed in (401)', async () => {
    const placed = await approvedOrder();
    const ticketId = await ticketIdOf(placed.id);
    for (const [who, status] of [
      [demoAccounts.guest, 403],
      [demoAccounts.rosa, 403],
      [undefined, 401],
    ] as const) {
      expect((await tickets(who)).statusCode, who?.email).toBe(status);
      for (const action of ['accept', 'preparing', 'ready', 'reject']) {
        expect((await move(ticketId, action, who, { reason: 'Not our order' })).statusCode, `${who?.email} ${action}`).toBe(status);
      }
    }
    expect(problem.parse((await tickets(demoAccounts.guest)).json()).message).toBe('only restaurant staff may do this');
    expect((await ticketsShown()).find((t) => t.id === ticketId)?.status).toBe('AWAITING_ACCEPTANCE');
  });
});

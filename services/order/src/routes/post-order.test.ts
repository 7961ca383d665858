import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderAccepted } from '@tiffin/contracts';
import { type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

describe('POST /orders', () => {
  const menu = aMenu();
  const closed = aMenu({ name: 'Golden Lotus Dim Sum', open: false });
  let order: OrderUnderTest;
  let published: Message<'OrderCreated' | 'ValidateOrderDetails'>[];

  beforeAll(async () => {
    order = await orderUnderTest();
    published = await publishedMessages(order.broker, ['OrderCreated', 'ValidateOrderDetails']);
    await order.service.start();
    await publishMenu(order, menu);
    await publishMenu(order, closed);
  });
  afterAll(() => order.dispose());

  it('accepts the order at once as PENDING, priced from the menu replica', async () => {
    const request = anOrderFrom(menu);
    const response = await postOrder(order, request);
    expect(response.statusCode).toBe(202);
    const { orderId, status } = orderAccepted.parse(response.json());
    expect(status).toBe('PENDING');

    const stored = (await order.service.app.inject({ method: 'GET', url: `/orders/${orderId}` })).json();
    expect(stored).toMatchObject({
      consumerId: request.consumerId,
      restaurantName: 'Bombay Tiffin House',
      totalCents: 2 * 1395 + 395,
      rejectionReason: null,
      lines: [
        { menuItemId: menu.menu[0]!.id, name: 'Paneer Tikka', quantity: 2, unitPriceCents: 1395 },
        { menuItemId: menu.menu[1]!.id, name: 'Garlic Naan', quantity: 1, unitPriceCents: 395 },
      ],
    });
  });

  it('announces the order, with what its customer sees of it, and asks the catalog to validate it', async () => {
    const request = anOrderFrom(menu);
    const response = await postOrder(order, request);
    const { orderId } = response.json();
    const sent = await eventually('both messages', () => {
      const mine = published.filter((m) => m.payload.orderId === orderId);
      return mine.length === 2 ? mine : undefined;
    });
    const created = sent.find((m) => m.type === 'OrderCreated');
    const validate = sent.find((m) => m.type === 'ValidateOrderDetails');
    expect(created?.payload).toMatchObject({
      restaurantId: menu.restaurantId,
      restaurantName: 'Bombay Tiffin House',
      deliveryAddress: request.deliveryAddress,
      totalCents: 3185,
      lines: [
        { menuItemId: menu.menu[0]!.id, name: 'Paneer Tikka', quantity: 2, unitPriceCents: 1395 },
        { menuItemId: menu.menu[1]!.id, name: 'Garlic Naan', quantity: 1, unitPriceCents: 395 },
      ],
    });
    expect(validate?.payload.lines).toEqual([
      { menuItemId: menu.menu[0]!.id, quantity: 2, unitPriceCents: 1395 },
      { menuItemId: menu.menu[1]!.id, quantity: 1, unitPriceCents: 395 },
    ]);
    expect(validate?.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('requires an idempotency-key header, naming it', async () => {
    const response = await postOrder(order, anOrderFrom(menu), null);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/headers\.idempotency-key/);
  });

  it('names the body field that breaks a rule', async () => {
    const request = anOrderFrom(menu, { lines: [{ menuItemId: menu.menu[0]!.id, quantity: 0 }] });
    const response = await postOrder(order, request);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/body\.lines\[0\]\.quantity/);

    const noAddress = await postOrder(order, { ...anOrderFrom(menu), deliveryAddress: undefined });
    expect(noAddress.json().message).toMatch(/body\.deliveryAddress/);
  });

  it('answers 422 for a restaurant the replica does not know', async () => {
    const unknown = aMenu();
    const response = await postOrder(order, anOrderFrom(unknown));
    expect(response.statusCode).toBe(422);
    expect(response.json().message).toBe(`body.restaurantId: restaurant ${unknown.restaurantId} is not known`);
  });

  it('answers 422 for a closed restaurant', async () => {
    const response = await postOrder(order, anOrderFrom(closed));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'RESTAURANT_CLOSED', subject: 'Golden Lotus Dim Sum' });
    expect(response.json().message).toMatch(/Golden Lotus Dim Sum .* is closed/);
  });

  it('answers 422 naming an unavailable or unknown item', async () => {
    const lassi = menu.menu[2]!;
    const unavailable = await postOrder(order, anOrderFrom(menu, { lines: [{ menuItemId: lassi.id, quantity: 1 }] }));
    expect(unavailable.statusCode).toBe(422);
    expect(unavailable.json().message).toBe(`body.lines[0].menuItemId: Mango Lassi (${lassi.id}) is not available`);
    expect(unavailable.json()).toMatchObject({ code: 'DISH_SOLD_OUT', subject: 'Mango Lassi' });

    const stranger = crypto.randomUUID();
    const unknown = await postOrder(order, anOrderFrom(menu, { lines: [{ menuItemId: stranger, quantity: 1 }] }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().message).toContain(`menu item ${stranger} is not on the menu of Bombay Tiffin House`);
    expect(unknown.json()).toMatchObject({ code: 'DISH_NOT_ON_MENU', subject: 'Bombay Tiffin House' });
  });

  it('places nothing and answers 409 PRICE_CHANGED when a price the customer saw is no longer the menu price', async () => {
    const repriced = aMenu();
    await publishMenu(order, repriced);
    const [paneer, naan] = repriced.menu;
    const seen = anOrderFrom(repriced, {
      lines: [
        { menuItemId: paneer!.id, quantity: 2, unitPriceCents: 1395 },
        { menuItemId: naan!.id, quantity: 1, unitPriceCents: 395 },
      ],
    });
    // The restaurant raises the Paneer Tikka while it sits in the cart.
    await publishMenu(order, { ...repriced, menu: [{ ...paneer!, priceCents: 1595 }, naan!] });

    const response = await postOrder(order, seen);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'PRICE_CHANGED',
      changedLines: [{ menuItemId: paneer!.id, name: 'Paneer Tikka', seenPriceCents: 1395, priceCents: 1595, available: true }],
    });
    const placed = await order.service.app.inject({ url: `/orders?consumerId=${seen.consumerId}` });
    expect(placed.json()).toEqual([]);

    // Once the customer has confirmed the new price, the same order goes through at it.
    const confirmed = { ...seen, lines: [{ ...seen.lines[0]!, unitPriceCents: 1595 }, seen.lines[1]!] };
    const accepted = await postOrder(order, confirmed);
    expect(accepted.statusCode).toBe(202);
    const { orderId } = orderAccepted.parse(accepted.json());
    const stored = (await order.service.app.inject({ url: `/orders/${orderId}` })).json();
    expect(stored.totalCents).toBe(2 * 1595 + 395);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { order as orderSchema, orderList } from '@tiffin/contracts';
import { aMenu, startedOrderWithMenu } from '../testing/menus';
import type { OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

describe('reading orders', () => {
  const menu = aMenu();
  let order: OrderUnderTest;
  beforeAll(async () => {
    order = await startedOrderWithMenu(menu);
  });
  afterAll(() => order.dispose());

  const get = (url: string) => order.service.app.inject({ method: 'GET', url });

  it('GET /orders/:orderId answers the order in the contract’s shape', async () => {
    const { orderId } = (await postOrder(order, anOrderFrom(menu))).json();
    const response = await get(`/orders/${orderId}`);
    expect(response.statusCode).toBe(200);
    expect(orderSchema.parse(response.json())).toMatchObject({ id: orderId, status: 'PENDING' });
  });

  it('GET /orders/:orderId answers 404 naming an unknown order', async () => {
    const unknown = crypto.randomUUID();
    const response = await get(`/orders/${unknown}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe(`order ${unknown} does not exist`);
  });

  it('GET /orders/:orderId answers 400 naming orderId when it is not a UUID', async () => {
    const response = await get('/orders/42');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/params\.orderId/);
  });

  it('GET /orders?consumerId= lists only that customer’s orders, newest first', async () => {
    const consumerId = crypto.randomUUID();
    const placed: string[] = [];
    for (let i = 0; i < 3; i++) placed.push((await postOrder(order, anOrderFrom(menu, { consumerId }))).json().orderId);
    await postOrder(order, anOrderFrom(menu));

    const response = await get(`/orders?consumerId=${consumerId}`);
    expect(response.statusCode).toBe(200);
    expect(orderList.parse(response.json()).map((o) => o.id)).toEqual(placed.reverse());
  });

  it('GET /orders?ids= answers those orders with their lines, and skips unknown ids', async () => {
    const placed: string[] = [];
    for (let i = 0; i < 3; i++) placed.push((await postOrder(order, anOrderFrom(menu))).json().orderId);
    const [first, , third] = placed;
    const response = await get(`/orders?ids=${first},${third},${crypto.randomUUID()}`);
    expect(response.statusCode).toBe(200);
    const listed = orderList.parse(response.json());
    expect(listed.map((o) => o.id).sort()).toEqual([first, third].sort());
    expect(listed.every((o) => o.lines[0]?.name === menu.menu[0]!.name)).toBe(true);
  });

  it('GET /orders requires consumerId or ids, and names a malformed id', async () => {
    const none = await get('/orders');
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toBe('querystring.consumerId: give either consumerId or ids');
    const both = await get(`/orders?consumerId=${crypto.randomUUID()}&ids=${crypto.randomUUID()}`);
    expect(both.statusCode).toBe(400);
    const malformed = await get(`/orders?ids=${crypto.randomUUID()},42`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/^querystring\.ids\[1\]/);
  });
});

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

  it('GET /orders requires consumerId, naming it', async () => {
    const response = await get('/orders');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/querystring\.consumerId/);
  });
});

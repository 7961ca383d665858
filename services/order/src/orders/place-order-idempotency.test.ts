import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aMenu, publishMenu, startedOrderWithMenu } from '../testing/menus';
import type { OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

describe('placing an order with an idempotency key', () => {
  const menu = aMenu();
  let order: OrderUnderTest;

  beforeAll(async () => {
    order = await startedOrderWithMenu(menu);
  });
  afterAll(() => order.dispose());

  const ordersOf = async (consumerId: string) =>
    (await order.service.app.inject({ method: 'GET', url: `/orders?consumerId=${consumerId}` })).json() as unknown[];

  it('gives a retry the same order instead of a second one', async () => {
    const request = anOrderFrom(menu);
    const first = await postOrder(order, request, 'checkout-1');
    const retry = await postOrder(order, request, 'checkout-1');
    expect(retry.statusCode).toBe(202);
    expect(retry.json().orderId).toBe(first.json().orderId);
    expect(await ordersOf(request.consumerId)).toHaveLength(1);
  });

  it('creates one order when retries race each other', async () => {
    const request = anOrderFrom(menu);
    const answers = await Promise.all(Array.from({ length: 5 }, () => postOrder(order, request, 'checkout-race')));
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(answers.map((a) => a.json().orderId)).size).toBe(1);
    expect(await ordersOf(request.consumerId)).toHaveLength(1);
  });

  it('keeps keys apart per consumer', async () => {
    const mine = await postOrder(order, anOrderFrom(menu), 'checkout-shared');
    const theirs = await postOrder(order, anOrderFrom(menu), 'checkout-shared');
    expect(theirs.json().orderId).not.toBe(mine.json().orderId);
  });

  it('refuses a key reused for a different order, naming the key', async () => {
    const request = anOrderFrom(menu);
    await postOrder(order, request, 'checkout-2');
    const different = await postOrder(order, { ...request, deliveryAddress: '1 Other Rd, Newark, NJ' }, 'checkout-2');
    expect(different.statusCode).toBe(409);
    expect(different.json().message).toBe('idempotency-key checkout-2 was already used for a different order');
  });

  it('answers a retry even after the menu changed', async () => {
    const request = anOrderFrom(menu);
    const first = await postOrder(order, request, 'checkout-3');
    await publishMenu(order, { ...menu, open: false });
    const retry = await postOrder(order, request, 'checkout-3');
    expect(retry.statusCode).toBe(202);
    expect(retry.json().orderId).toBe(first.json().orderId);
    await publishMenu(order, menu);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { aMenu, startedOrderWithMenu } from '../testing/menus';
import type { OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

const menu = aMenu();
let order: OrderUnderTest;
beforeAll(async () => {
  order = await startedOrderWithMenu(menu);
});
afterAll(() => order.dispose());

it('answers a new order 503, saying nothing was placed, while the broker cannot be reached', async () => {
  expect((await postOrder(order, anOrderFrom(menu))).statusCode).toBe(202);
  await order.broker.close();
  const request = anOrderFrom(menu);
  const refused = await postOrder(order, request);
  expect(refused.statusCode).toBe(503);
  expect(refused.json().message).toBe('Orders cannot be taken right now; nothing was placed. Please try again in a moment.');
  const theirs = await order.service.app.inject({ url: `/orders?consumerId=${request.consumerId}` });
  expect(theirs.json()).toEqual([]);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loneSurrogateMessage, nulMessage, orderAccepted } from '@tiffin/contracts';
import { aMenu } from '../testing/menus';
import { orderBackends } from '../testing/order-backends';
import type { OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

/**
 * A delivery address goes into the order's row and its outbox rows (jsonb), where PostgreSQL refuses
 * a NUL or a lone surrogate: a 400 naming the field, and no order, instead of the 500 that was.
 */
describe.each(orderBackends)('POST /orders with text the database could not store, on $name', ({ start }) => {
  const menu = aMenu();
  let order: OrderUnderTest;
  beforeAll(async () => {
    order = await start(menu);
  });
  afterAll(() => order.dispose());

  const ordersOf = async (consumerId: string) => (await order.service.app.inject({ url: `/orders?consumerId=${consumerId}` })).json() as unknown[];

  it.each([
    ['a lone surrogate', '77 Hudson \ud800St', loneSurrogateMessage],
    ['a NUL', '77 Hudson\u0000 St', nulMessage],
  ])('refuses %s in the delivery address with a 400 naming it, and places nothing', async (_case, deliveryAddress, rule) => {
    const request = anOrderFrom(menu, { deliveryAddress });
    const response = await postOrder(order, request);
    expect([response.statusCode, response.json().message]).toEqual([400, `body.deliveryAddress: ${rule}`]);
    expect(await ordersOf(request.consumerId)).toEqual([]);
  });

  it('keeps any valid Unicode exactly, emoji (a surrogate pair) and other scripts included', async () => {
    const request = anOrderFrom(menu, { deliveryAddress: '東京都 1-2-3, flat 😀 4' });
    const { orderId } = orderAccepted.parse((await postOrder(order, request)).json());
    expect((await order.service.app.inject({ url: `/orders/${orderId}` })).json()).toMatchObject({ deliveryAddress: '東京都 1-2-3, flat 😀 4' });
  });
});

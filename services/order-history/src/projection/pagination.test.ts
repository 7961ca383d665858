import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderHistoryPage, type OrderHistoryPage } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { historyDatabases, historyUnderTest, type HistoryUnderTest } from '../testing/history-under-test';
import { anOrdersEvents } from '../testing/order-events';

describe.each(historyDatabases)('paging through a customer’s order history (%s)', (database) => {
  const consumerId = crypto.randomUUID();
  // Placed a minute apart, the first one 25 minutes ago: newest first is the reverse of this list.
  const orders = Array.from({ length: 25 }, (_, index) => anOrdersEvents({ consumerId, placedMinutesAgo: 25 - index }));
  const someoneElses = anOrdersEvents({ placedMinutesAgo: 0 });
  let history: HistoryUnderTest;

  beforeAll(async () => {
    history = await historyUnderTest(database);
    await history.service.start();
    for (const order of [...orders, someoneElses]) await history.broker.publish(order.created);
    // Someone else's order too: it was published last, and may be taken in a later group than the others.
    await eventually('every order in the view', async () => {
      const page = await list(`consumerId=${consumerId}&limit=100`);
      const theirs = await list(`consumerId=${someoneElses.consumerId}`);
      return page.orders.length === orders.length && theirs.orders.length === 1 ? true : undefined;
    });
  });
  afterAll(() => history.dispose());

  const get = (query: string) => history.service.app.inject({ method: 'GET', url: `/orders?${query}` });
  const list = async (query: string): Promise<OrderHistoryPage> => orderHistoryPage.parse((await get(query)).json());

  it('walks every order once, newest first, a page at a time, and says when there are no more', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: OrderHistoryPage = await list(`consumerId=${consumerId}&limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      sizes.push(page.orders.length);
      seen.push(...page.orders.map((order) => order.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual([...orders].reverse().map((order) => order.orderId));
  });

  it('gives 20 orders when no limit is asked for, only the customer’s own', async () => {
    const page = await list(`consumerId=${consumerId}`);
    expect(page.orders).toHaveLength(20);
    expect(page.orders.every((order) => order.consumerId === consumerId)).toBe(true);
    expect((await list(`consumerId=${someoneElses.consumerId}`)).orders.map((order) => order.id)).toEqual([someoneElses.orderId]);
  });

  it('does not shift a page when a newer order arrives between pages', async () => {
    const first = await list(`consumerId=${consumerId}&limit=5`);
    const newer = anOrdersEvents({ consumerId, placedMinutesAgo: 0 });
    await history.broker.publish(newer.created);
    await eventually('the newer order', async () => ((await get(`consumerId=${consumerId}&limit=1`)).json().orders[0]?.id === newer.orderId ? true : undefined));
    const second = await list(`consumerId=${consumerId}&limit=5&cursor=${first.nextCursor}`);
    expect(second.orders.map((order) => order.id)).toEqual([...orders].reverse().slice(5, 10).map((order) => order.orderId));
  });

  it('answers 400 naming the parameter for a cursor it did not give out, a limit out of range or no customer', async () => {
    const forged = await get(`consumerId=${consumerId}&cursor=${Buffer.from('["yesterday","me"]').toString('base64url')}`);
    expect(forged.statusCode).toBe(400);
    expect(forged.json().message).toMatch(/querystring\.cursor/);
    for (const limit of ['101', '0', 'ten']) {
      const refused = await get(`consumerId=${consumerId}&limit=${limit}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().message).toMatch(/querystring\.limit/);
    }
    const nobody = await get('limit=5');
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().message).toMatch(/querystring\.consumerId/);
  });
});

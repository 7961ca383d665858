import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';
import { findReplicaMenu } from './replica-reads';

describe('the menu replica fed by RestaurantMenuPublished', () => {
  let order: OrderUnderTest;
  beforeAll(async () => {
    order = await orderUnderTest();
    await order.service.start();
  });
  afterAll(() => order.dispose());

  it('lets customers order from a restaurant once the catalog published it', async () => {
    const menu = aMenu();
    expect((await postOrder(order, anOrderFrom(menu))).statusCode).toBe(422);
    await publishMenu(order, menu);
    expect((await postOrder(order, anOrderFrom(menu))).statusCode).toBe(202);
  });

  it('replaces the whole menu with the latest one', async () => {
    const menu = aMenu();
    await publishMenu(order, menu);
    const [paneer, naan] = menu.menu;
    await publishMenu(order, { ...menu, name: 'Bombay Tiffin House & Bar', menu: [{ ...paneer!, priceCents: 1495 }] });

    const replica = await findReplicaMenu(order.service.db, menu.restaurantId);
    expect(replica?.restaurant.name).toBe('Bombay Tiffin House & Bar');
    expect([...replica!.items.values()]).toEqual([{ ...paneer!, priceCents: 1495 }]);
    const withNaan = await postOrder(order, anOrderFrom(menu, { lines: [{ menuItemId: naan!.id, quantity: 1 }] }));
    expect(withNaan.statusCode).toBe(422);
  });

  it('ignores a menu older than the one it holds', async () => {
    const menu = aMenu();
    await publishMenu(order, menu);
    const stale = createMessage('RestaurantMenuPublished', 'catalog', { ...menu, open: false, menu: [] });
    stale.occurredAt = new Date(Date.now() - 60_000).toISOString();
    await order.broker.publish(stale);
    // A newer menu published after the stale one proves the stale one has been handled by then.
    const marker = { ...menu, name: 'Bombay Tiffin House (newer)' };
    await publishMenu(order, marker);

    const replica = await findReplicaMenu(order.service.db, menu.restaurantId);
    expect(replica?.restaurant).toMatchObject({ open: true, name: 'Bombay Tiffin House (newer)' });
    expect(replica?.items.size).toBe(3);
  });

  it('applies a redelivered menu only once', async () => {
    const menu = aMenu();
    const message = createMessage('RestaurantMenuPublished', 'catalog', menu);
    await order.broker.publish(message);
    await eventually('the replica', async () => (await findReplicaMenu(order.service.db, menu.restaurantId)) ?? undefined);
    await order.broker.publish(message);
    await publishMenu(order, { ...menu, menu: [] });
    // Had the duplicate been applied after the newer menu, the items would be back.
    expect((await findReplicaMenu(order.service.db, menu.restaurantId))?.items.size).toBe(0);
  });
});

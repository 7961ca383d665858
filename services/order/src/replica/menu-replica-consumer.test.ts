import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage } from '@tiffin/messages';
import { receivedMessages } from '@tiffin/service-kit';
import { eventually } from '@tiffin/service-kit/testing';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';
import { findReplicaMenu } from './replica-reads';

/** Whether the menu replica's consumer has recorded handling this message (its inbox row). */
async function handled(order: OrderUnderTest, messageId: string): Promise<boolean> {
  const rows = await order.service.db.select().from(receivedMessages).where(eq(receivedMessages.messageId, messageId));
  return rows.length > 0;
}

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
    // Two edits in one millisecond: the version check cannot order them, only arrival can.
    const at = new Date();
    const first = createMessage('RestaurantMenuPublished', 'catalog', { ...menu, name: 'Bombay Tiffin House' });
    const second = createMessage('RestaurantMenuPublished', 'catalog', { ...menu, name: 'Bombay Tiffin House & Bar', menu: [] });
    first.occurredAt = second.occurredAt = at.toISOString();
    const replicaName = async () => (await findReplicaMenu(order.service.db, menu.restaurantId))?.restaurant.name;

    await order.broker.publish(first);
    await eventually('the first menu', async () => ((await replicaName()) === 'Bombay Tiffin House' ? true : undefined));
    await order.broker.publish(second);
    await eventually('the second menu', async () => ((await replicaName()) === 'Bombay Tiffin House & Bar' ? true : undefined));
    // The first one again, as after a consumer crash before its ack. Applied a second time, it would
    // bring the old name and dishes back; the inbox must skip it.
    await order.broker.publish(first);
    // A stale menu of the same restaurant after it changes nothing, but once its handling is recorded
    // the copy before it (same ordering key, so handled first) has been handled too.
    const marker = createMessage('RestaurantMenuPublished', 'catalog', { ...menu, name: 'A stale name' });
    marker.occurredAt = new Date(at.getTime() - 60_000).toISOString();
    await order.broker.publish(marker);
    await eventually('the stale marker handled', async () => ((await handled(order, marker.id)) ? true : undefined));
    expect(await replicaName()).toBe('Bombay Tiffin House & Bar');
    expect((await findReplicaMenu(order.service.db, menu.restaurantId))?.items.size).toBe(0);
  });
});

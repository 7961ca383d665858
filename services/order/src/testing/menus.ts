import { eq } from 'drizzle-orm';
import { createMessage, type MessagePayload } from '@tiffin/messages';
import { eventually } from '@tiffin/service-kit/testing';
import { replicaRestaurants } from '../db/schema';
import { orderUnderTest, type OrderUnderTest } from './order-under-test';

export type PublishedMenu = MessagePayload<'RestaurantMenuPublished'>;

/** A restaurant's menu as the catalog would publish it, with fresh ids so tests never collide. */
export function aMenu(overrides: Partial<PublishedMenu> = {}): PublishedMenu {
  return {
    restaurantId: crypto.randomUUID(),
    name: 'Bombay Tiffin House',
    address: '118 Lexington Ave, New York, NY 10016',
    open: true,
    menu: [
      { id: crypto.randomUUID(), name: 'Paneer Tikka', priceCents: 1395, available: true },
      { id: crypto.randomUUID(), name: 'Garlic Naan', priceCents: 395, available: true },
      { id: crypto.randomUUID(), name: 'Mango Lassi', priceCents: 495, available: false },
    ],
    ...overrides,
  };
}

/**
 * Publishes the menu on the broker the way the catalog does and waits until the order service's
 * replica holds it. `occurredAt` backdates the message, to play one that arrives late.
 */
export async function publishMenu(order: OrderUnderTest, menu: PublishedMenu, occurredAt?: Date): Promise<void> {
  const message = createMessage('RestaurantMenuPublished', 'catalog', menu);
  if (occurredAt) message.occurredAt = occurredAt.toISOString();
  await order.broker.publish(message);
  await eventually('the menu in the replica', async () => {
    const [row] = await order.service.db
      .select({ publishedAt: replicaRestaurants.publishedAt })
      .from(replicaRestaurants)
      .where(eq(replicaRestaurants.id, menu.restaurantId));
    return row && row.publishedAt.getTime() >= new Date(message.occurredAt).getTime() ? true : undefined;
  });
}

/** The order service started, with `menu` already in its replica: where most order tests begin. */
export async function startedOrderWithMenu(menu: PublishedMenu): Promise<OrderUnderTest> {
  const order = await orderUnderTest();
  await order.service.start();
  await publishMenu(order, menu);
  return order;
}

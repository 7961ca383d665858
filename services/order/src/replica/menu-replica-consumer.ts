import { eq, sql } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import { replicaMenuItems, replicaRestaurants } from '../db/schema';
import type { OrderContext, OrderTx } from '../context';

export const menuReplicaConsumer = 'order.menu-replica';

/**
 * Keeps our copy of each restaurant's menu as the catalog last published it. Messages can arrive
 * out of order (retries, several catalog instances), so a menu older than the one we hold is dropped.
 */
export function menuReplicaSubscription(context: OrderContext): Subscription<'RestaurantMenuPublished'> {
  return {
    consumer: menuReplicaConsumer,
    types: ['RestaurantMenuPublished'],
    handle: (message: Message<'RestaurantMenuPublished'>) =>
      handleOnce(context.db, menuReplicaConsumer, message, async (tx) => {
        const applied = await replaceMenu(tx, message);
        if (!applied) context.logger.info({ restaurantId: message.payload.restaurantId }, 'older menu ignored');
      }),
  };
}

async function replaceMenu(tx: OrderTx, message: Message<'RestaurantMenuPublished'>): Promise<boolean> {
  const { restaurantId, name, address, open, menu } = message.payload;
  const publishedAt = new Date(message.occurredAt);
  // The conditional upsert also locks the row, so two menus of one restaurant never interleave.
  const newer = await tx
    .insert(replicaRestaurants)
    .values({ id: restaurantId, name, address, open, publishedAt })
    .onConflictDoUpdate({
      target: replicaRestaurants.id,
      set: { name, address, open, publishedAt },
      setWhere: sql`${replicaRestaurants.publishedAt} <= excluded.published_at`,
    })
    .returning({ id: replicaRestaurants.id });
  if (newer.length === 0) return false;

  await tx.delete(replicaMenuItems).where(eq(replicaMenuItems.restaurantId, restaurantId));
  if (menu.length > 0) {
    await tx
      .insert(replicaMenuItems)
      .values(menu.map((item) => ({ ...item, restaurantId })))
      .onConflictDoUpdate({
        target: replicaMenuItems.id,
        set: {
          restaurantId,
          name: sql`excluded.name`,
          priceCents: sql`excluded.price_cents`,
          available: sql`excluded.available`,
        },
      });
  }
  return true;
}

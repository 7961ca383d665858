import { and, eq } from 'drizzle-orm';
import type { MenuItemChange, RestaurantChange } from '@tiffin/contracts';
import { inTransaction } from '@tiffin/service-kit';
import { menuItems, restaurants } from '../db/schema';
import type { CatalogDb } from '../context';
import { publishMenu } from './menu-publication';

/**
 * What restaurant staff change: each change and the menu it leads to are written in one transaction,
 * the new menu published through the outbox, so customers' menus and the order service's replica
 * follow, and never see a change that was rolled back. Each returns false when there is nothing to change.
 */
export function changeRestaurant(db: CatalogDb, restaurantId: string, change: RestaurantChange, correlationId: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const changed = await tx.update(restaurants).set(change).where(eq(restaurants.id, restaurantId)).returning({ id: restaurants.id });
    if (changed.length === 0) return false;
    await publishMenu(tx, restaurantId, correlationId);
    return true;
  });
}

export function changeMenuItem(
  db: CatalogDb,
  ids: { restaurantId: string; menuItemId: string },
  change: MenuItemChange,
  correlationId: string,
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const changed = await tx
      .update(menuItems)
      .set(change)
      .where(and(eq(menuItems.id, ids.menuItemId), eq(menuItems.restaurantId, ids.restaurantId)))
      .returning({ id: menuItems.id });
    if (changed.length === 0) return false;
    await publishMenu(tx, ids.restaurantId, correlationId);
    return true;
  });
}

import { sql } from 'drizzle-orm';
import { menuItems, restaurants } from '../db/schema';
import type { CatalogDb } from '../context';
import { publishMenu } from '../menu/menu-publication';
import { seedRestaurants } from './restaurants';

/**
 * Fills an empty catalog with the seed restaurants and publishes their menus in the same
 * transaction. Does nothing once any restaurant exists; replicas starting together insert each
 * seed row once, because the ids are fixed. Returns how many restaurants it added.
 */
export async function seedCatalogIfEmpty(db: CatalogDb): Promise<number> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ count: sql<number>`count(*)::int` }).from(restaurants);
    if ((existing?.count ?? 0) > 0) return 0;

    const added = await tx
      .insert(restaurants)
      .values(seedRestaurants.map(({ menu: _menu, ...restaurant }) => restaurant))
      .onConflictDoNothing()
      .returning({ id: restaurants.id });
    const addedIds = new Set(added.map((row) => row.id));
    const seeded = seedRestaurants.filter((restaurant) => addedIds.has(restaurant.id));
    const items = seeded.flatMap((restaurant) =>
      restaurant.menu.map((item, position) => ({ ...item, restaurantId: restaurant.id, position })),
    );
    if (items.length > 0) await tx.insert(menuItems).values(items).onConflictDoNothing();
    for (const restaurant of seeded) await publishMenu(tx, restaurant.id);
    return seeded.length;
  });
}

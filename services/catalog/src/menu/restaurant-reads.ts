import { asc, eq, ilike, or } from 'drizzle-orm';
import type { MenuItem, Restaurant, RestaurantSummary } from '@tiffin/contracts';
import { menuItems, restaurants } from '../db/schema';
import type { CatalogDb, CatalogTx } from '../context';

const summaryColumns = {
  id: restaurants.id,
  name: restaurants.name,
  cuisine: restaurants.cuisine,
  address: restaurants.address,
  open: restaurants.open,
};

/** `%` and `_` typed by a customer are letters to look for, not wildcards. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Restaurants whose name or cuisine contains `q`, ignoring case; all of them without `q`. */
export async function searchRestaurants(db: CatalogDb, q?: string): Promise<RestaurantSummary[]> {
  const query = db.select(summaryColumns).from(restaurants);
  const matching = q ? query.where(or(ilike(restaurants.name, containing(q)), ilike(restaurants.cuisine, containing(q)))) : query;
  return matching.orderBy(asc(restaurants.name));
}

export async function findRestaurant(db: CatalogDb | CatalogTx, restaurantId: string): Promise<Restaurant | undefined> {
  const [summary] = await db.select(summaryColumns).from(restaurants).where(eq(restaurants.id, restaurantId));
  if (!summary) return undefined;
  return { ...summary, menu: await menuOf(db, restaurantId) };
}

export async function menuOf(db: CatalogDb | CatalogTx, restaurantId: string): Promise<MenuItem[]> {
  return db
    .select({
      id: menuItems.id,
      restaurantId: menuItems.restaurantId,
      name: menuItems.name,
      description: menuItems.description,
      priceCents: menuItems.priceCents,
      available: menuItems.available,
    })
    .from(menuItems)
    .where(eq(menuItems.restaurantId, restaurantId))
    .orderBy(asc(menuItems.position));
}

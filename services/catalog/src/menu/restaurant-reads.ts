import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { MenuItem, Restaurant, RestaurantSummary } from '@tiffin/contracts';
import { menuItems, restaurants } from '../db/schema';
import type { CatalogDb, CatalogTx } from '../context';
import { qualified } from '@tiffin/service-kit';

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

/** A restaurant with its menu, in one statement: the saga asks this for every order. */
export async function findRestaurant(db: CatalogDb | CatalogTx, restaurantId: string): Promise<Restaurant | undefined> {
  const menu = sql<MenuItem[]>`coalesce((
    select json_agg(json_build_object(
      'id', ${qualified(menuItems.id)}, 'restaurantId', ${qualified(menuItems.restaurantId)}, 'name', ${qualified(menuItems.name)},
      'description', ${qualified(menuItems.description)}, 'priceCents', ${qualified(menuItems.priceCents)}, 'available', ${qualified(menuItems.available)}
    ) order by ${qualified(menuItems.position)})
    from ${menuItems} where ${qualified(menuItems.restaurantId)} = ${qualified(restaurants.id)}), '[]'::json)`;
  const [row] = await db.select({ ...summaryColumns, menu }).from(restaurants).where(eq(restaurants.id, restaurantId));
  return row;
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

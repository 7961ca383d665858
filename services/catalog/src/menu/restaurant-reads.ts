import { and, asc, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { MenuItem, Restaurant, RestaurantListItem } from '@tiffin/contracts';
import { menuItems, restaurants } from '../db/schema';
import type { CatalogDb, CatalogTx } from '../context';
import { qualified } from '@tiffin/service-kit';
import { foldForSearch, sqlFolding } from './search-folding';

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

/** A column as search compares it: accents dropped, lower case (see search-folding). */
function folded(column: SQL | AnyColumn): SQL {
  return sql`lower(translate(${column}, ${sqlFolding.from}, ${sqlFolding.to}))`;
}

/** At most this many words of a search are looked for; the query is at most 100 characters anyway. */
const maxSearchWords = 8;

/**
 * Restaurants that match every word of `q` in their name, their cuisine or the name of one of their
 * dishes, ignoring case and accents, a word matching any part of a name ("chick" finds "Butter
 * Chicken"); each with the dishes whose name matched a word, in menu order. All restaurants without `q`.
 */
export async function searchRestaurants(db: CatalogDb, q?: string): Promise<RestaurantListItem[]> {
  const words = [...new Set(foldForSearch(q ?? '').split(/\s+/).filter(Boolean))].slice(0, maxSearchWords);
  if (words.length === 0) return db.select(summaryColumns).from(restaurants).orderBy(asc(restaurants.name));

  const dishName = folded(qualified(menuItems.name));
  const ofThisRestaurant = sql`${qualified(menuItems.restaurantId)} = ${qualified(restaurants.id)}`;
  const everyWord = and(
    ...words.map((word) => {
      const pattern = containing(word);
      return or(
        sql`${folded(restaurants.name)} like ${pattern}`,
        sql`${folded(restaurants.cuisine)} like ${pattern}`,
        sql`exists (select 1 from ${menuItems} where ${ofThisRestaurant} and ${dishName} like ${pattern})`,
      );
    }),
  );
  const anyWordInDish = or(...words.map((word) => sql`${dishName} like ${containing(word)}`));
  const matchingDishes = sql<string[]>`coalesce((
    select json_agg(${qualified(menuItems.name)} order by ${qualified(menuItems.position)})
    from ${menuItems} where ${ofThisRestaurant} and (${anyWordInDish})), '[]'::json)`;
  return db
    .select({ ...summaryColumns, matchingDishes })
    .from(restaurants)
    .where(everyWord)
    .orderBy(asc(restaurants.name));
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

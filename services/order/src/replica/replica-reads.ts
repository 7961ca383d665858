import { eq } from 'drizzle-orm';
import { replicaMenuItems, replicaRestaurants } from '../db/schema';
import type { OrderDb, OrderTx } from '../context';

export interface ReplicaMenuItem {
  id: string;
  name: string;
  priceCents: number;
  available: boolean;
}

export interface ReplicaRestaurant {
  id: string;
  name: string;
  address: string;
  open: boolean;
}

export interface ReplicaMenu {
  restaurant: ReplicaRestaurant;
  items: Map<string, ReplicaMenuItem>;
}

export async function findReplicaRestaurant(db: OrderDb | OrderTx, restaurantId: string): Promise<ReplicaRestaurant | undefined> {
  const [restaurant] = await db
    .select({
      id: replicaRestaurants.id,
      name: replicaRestaurants.name,
      address: replicaRestaurants.address,
      open: replicaRestaurants.open,
    })
    .from(replicaRestaurants)
    .where(eq(replicaRestaurants.id, restaurantId));
  return restaurant;
}

/**
 * The restaurant and its menu as our replica knows them, or undefined if the catalog never told us of
 * it. One statement (a round trip costs more than the join): a row per dish, or one row without a dish.
 */
export async function findReplicaMenu(db: OrderDb, restaurantId: string): Promise<ReplicaMenu | undefined> {
  const rows = await db
    .select({
      restaurant: {
        id: replicaRestaurants.id,
        name: replicaRestaurants.name,
        address: replicaRestaurants.address,
        open: replicaRestaurants.open,
      },
      item: {
        id: replicaMenuItems.id,
        name: replicaMenuItems.name,
        priceCents: replicaMenuItems.priceCents,
        available: replicaMenuItems.available,
      },
    })
    .from(replicaRestaurants)
    .leftJoin(replicaMenuItems, eq(replicaMenuItems.restaurantId, replicaRestaurants.id))
    .where(eq(replicaRestaurants.id, restaurantId));
  const [first] = rows;
  if (!first) return undefined;
  const items = rows.flatMap(({ item }) => (item ? [item] : []));
  return { restaurant: first.restaurant, items: new Map(items.map((item) => [item.id, item])) };
}

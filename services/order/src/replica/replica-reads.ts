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

/** The restaurant and its menu as our replica knows them, or undefined if the catalog never told us of it. */
export async function findReplicaMenu(db: OrderDb, restaurantId: string): Promise<ReplicaMenu | undefined> {
  const restaurant = await findReplicaRestaurant(db, restaurantId);
  if (!restaurant) return undefined;
  const items = await db
    .select({
      id: replicaMenuItems.id,
      name: replicaMenuItems.name,
      priceCents: replicaMenuItems.priceCents,
      available: replicaMenuItems.available,
    })
    .from(replicaMenuItems)
    .where(eq(replicaMenuItems.restaurantId, restaurantId));
  return { restaurant, items: new Map(items.map((item) => [item.id, item])) };
}

import { createMessage } from '@tiffin/messages';
import { enqueue } from '@tiffin/service-kit';
import { restaurants } from '../db/schema';
import { catalogSource, type CatalogTx } from '../context';
import { findRestaurant } from './restaurant-reads';

/**
 * Enqueues the restaurant's whole current menu as `RestaurantMenuPublished`, inside the transaction
 * that changed it, so a replica can never miss a change nor see one that was rolled back.
 */
export async function publishMenu(tx: CatalogTx, restaurantId: string, correlationId?: string): Promise<void> {
  const restaurant = await findRestaurant(tx, restaurantId);
  if (!restaurant) throw new Error(`cannot publish the menu of unknown restaurant ${restaurantId}`);
  const message = createMessage(
    'RestaurantMenuPublished',
    catalogSource,
    {
      restaurantId: restaurant.id,
      name: restaurant.name,
      address: restaurant.address,
      open: restaurant.open,
      menu: restaurant.menu.map(({ id, name, priceCents, available }) => ({ id, name, priceCents, available })),
    },
    correlationId,
  );
  await enqueue(tx, message);
}

/** Publishes every restaurant's menu again, so replicas that lost state (a wiped database) heal on our next start. */
export async function republishAllMenus(tx: CatalogTx): Promise<number> {
  const all = await tx.select({ id: restaurants.id }).from(restaurants);
  for (const { id } of all) await publishMenu(tx, id);
  return all.length;
}

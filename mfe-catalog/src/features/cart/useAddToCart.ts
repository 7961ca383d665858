import { useCallback, useState } from 'react';
import type { MenuItem, Restaurant } from '@tiffin/contracts';
import { useSlice } from '@tiffin/slice-kit';

export interface PendingReplacement {
  item: MenuItem;
  /** The restaurant whose items the cart holds now. */
  currentRestaurantName: string;
}

/**
 * Adds menu items to the shell's cart. An order goes to one kitchen, so an item from another
 * restaurant waits in `pending` until the customer confirms replacing the cart.
 */
export function useAddToCart(restaurant: Pick<Restaurant, 'id' | 'name'>) {
  const { cart, events } = useSlice();
  const [pending, setPending] = useState<PendingReplacement | null>(null);

  const commit = useCallback(
    (item: MenuItem) => {
      cart.addItem(restaurant, { menuItemId: item.id, name: item.name, unitPriceCents: item.priceCents });
      events.emit('notification', { message: `Added ${item.name} to your cart.`, tone: 'success' });
    },
    [cart, events, restaurant],
  );

  const add = useCallback(
    (item: MenuItem) => {
      const current = cart.getSnapshot();
      if (current.lines.length > 0 && current.restaurantId !== restaurant.id) {
        setPending({ item, currentRestaurantName: current.restaurantName ?? 'another restaurant' });
        return;
      }
      commit(item);
    },
    [cart, restaurant.id, commit],
  );

  const confirmReplace = useCallback(() => {
    if (pending) commit(pending.item);
    setPending(null);
  }, [pending, commit]);

  const cancelReplace = useCallback(() => setPending(null), []);

  return { add, pending, confirmReplace, cancelReplace };
}

import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { restaurant, type MenuItemChange, type Restaurant, type RestaurantChange } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { ownRestaurantKey } from './getOwnRestaurant';

/** PATCH /staff/restaurant at the catalog BFF: open or close; answers the restaurant as it is now. */
export function changeOwnRestaurant(bff: BffClient, change: RestaurantChange): Promise<Restaurant> {
  return bff.patch('/staff/restaurant', change, restaurant);
}

/** PATCH /staff/menu-items/:menuItemId at the catalog BFF: a dish's name, description, price or availability. */
export function changeMenuItem(bff: BffClient, menuItemId: string, change: MenuItemChange): Promise<Restaurant> {
  return bff.patch(`/staff/menu-items/${encodeURIComponent(menuItemId)}`, change, restaurant);
}

/**
 * The answer is the restaurant as it is now: it replaces the manager's copy at once (a read right after
 * could still meet the BFF's second-long cache), and the customers' view of it is read again.
 */
function showChanged(queryClient: QueryClient, changed: Restaurant) {
  queryClient.setQueryData(ownRestaurantKey, changed);
  void queryClient.invalidateQueries({ queryKey: ['catalog', 'restaurant', changed.id] });
  void queryClient.invalidateQueries({ queryKey: ['catalog', 'restaurants'] });
}

export function useChangeOwnRestaurant() {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RestaurantChange) => changeOwnRestaurant(bff, change),
    onSuccess: (changed) => showChanged(queryClient, changed),
  });
}

export function useChangeMenuItem(menuItemId: string) {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MenuItemChange) => changeMenuItem(bff, menuItemId, change),
    onSuccess: (changed) => showChanged(queryClient, changed),
  });
}

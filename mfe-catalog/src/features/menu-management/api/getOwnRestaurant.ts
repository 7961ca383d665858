import { queryOptions, useQuery } from '@tanstack/react-query';
import { restaurant, type Restaurant } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** Where the staff's own restaurant sits in the cache; the changes below write their answers here. */
export const ownRestaurantKey = ['catalog', 'staff', 'restaurant'] as const;

/** GET /staff/restaurant at the catalog BFF: the restaurant the signed-in staff work for, whole menu. */
export function fetchOwnRestaurant(bff: BffClient, signal?: AbortSignal): Promise<Restaurant> {
  return bff.get('/staff/restaurant', restaurant, signal);
}

export function ownRestaurantQueryOptions(bff: BffClient) {
  return queryOptions({ queryKey: ownRestaurantKey, queryFn: ({ signal }) => fetchOwnRestaurant(bff, signal) });
}

export function useOwnRestaurant() {
  const { bff } = useSlice();
  return useQuery(ownRestaurantQueryOptions(bff));
}

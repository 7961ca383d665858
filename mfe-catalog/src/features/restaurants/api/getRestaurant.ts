import { queryOptions, useQuery } from '@tanstack/react-query';
import { restaurant, type Restaurant } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** GET /restaurants/:restaurantId at the catalog BFF: the restaurant with its whole menu. */
export function fetchRestaurant(bff: BffClient, restaurantId: string, signal?: AbortSignal): Promise<Restaurant> {
  return bff.get(`/restaurants/${encodeURIComponent(restaurantId)}`, restaurant, signal);
}

export function restaurantQueryOptions(bff: BffClient, restaurantId: string) {
  return queryOptions({
    queryKey: ['catalog', 'restaurant', restaurantId],
    queryFn: ({ signal }) => fetchRestaurant(bff, restaurantId, signal),
  });
}

export function useRestaurant(restaurantId: string) {
  const { bff } = useSlice();
  return useQuery(restaurantQueryOptions(bff, restaurantId));
}

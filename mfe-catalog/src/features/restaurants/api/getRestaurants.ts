import { queryOptions, useQuery } from '@tanstack/react-query';
import { restaurantList, type RestaurantListItem } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** GET /restaurants?q= at the catalog BFF. */
export function fetchRestaurants(bff: BffClient, search: string, signal?: AbortSignal): Promise<RestaurantListItem[]> {
  const q = search.trim();
  const query = q ? `?${new URLSearchParams({ q })}` : '';
  return bff.get(`/restaurants${query}`, restaurantList, signal);
}

export function restaurantsQueryOptions(bff: BffClient, search: string) {
  return queryOptions({
    queryKey: ['catalog', 'restaurants', search.trim()],
    queryFn: ({ signal }) => fetchRestaurants(bff, search, signal),
  });
}

export function useRestaurants(search: string) {
  const { bff } = useSlice();
  return useQuery({ ...restaurantsQueryOptions(bff, search), placeholderData: (previous) => previous });
}

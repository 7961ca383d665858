import { queryOptions, useQuery } from '@tanstack/react-query';
import { deliveryList, type Delivery } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { deliveryRefreshMs, needsRefresh, newestFirst } from '../deliveryProgress';

/** GET /deliveries[?orderId=] at the delivery BFF: the customer's deliveries, or one order's. */
export async function fetchDeliveries(bff: BffClient, orderId: string | null, signal?: AbortSignal): Promise<Delivery[]> {
  const query = orderId ? `?${new URLSearchParams({ orderId })}` : '';
  return newestFirst(await bff.get(`/deliveries${query}`, deliveryList, signal));
}

/** `live`: the delivery BFF pushes every change (useLiveDeliveries), so asking again is only for while it cannot. */
export function deliveriesQueryOptions(bff: BffClient, orderId: string | null, live = false) {
  return queryOptions({
    queryKey: ['delivery', 'deliveries', { orderId }],
    queryFn: ({ signal }) => fetchDeliveries(bff, orderId, signal),
    refetchInterval: (query) => (!live && needsRefresh(query.state.data, orderId !== null) ? deliveryRefreshMs : false),
  });
}

export function useDeliveries(orderId: string | null, live = false) {
  const { bff } = useSlice();
  return useQuery(deliveriesQueryOptions(bff, orderId, live));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { order, type Order } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { isBeingPlaced, orderRefreshMs } from '../orderRefresh';

/** GET /orders/:orderId at the order BFF. */
export function fetchOrder(bff: BffClient, orderId: string, signal?: AbortSignal): Promise<Order> {
  return bff.get(`/orders/${encodeURIComponent(orderId)}`, order, signal);
}

export function orderQueryOptions(bff: BffClient, orderId: string) {
  return queryOptions({
    queryKey: ['order', 'orders', orderId],
    queryFn: ({ signal }) => fetchOrder(bff, orderId, signal),
    // The saga finishes after the order is accepted: keep asking until it has an outcome.
    refetchInterval: (query) => (query.state.data && isBeingPlaced(query.state.data.status) ? orderRefreshMs : false),
  });
}

export function useOrder(orderId: string) {
  const { bff } = useSlice();
  return useQuery(orderQueryOptions(bff, orderId));
}

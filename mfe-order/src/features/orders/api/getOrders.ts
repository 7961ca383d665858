import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderSummaryList, type OrderSummary } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { furthestEach, isBeingPlaced, newestFirst, orderRefreshMs } from '../orderRefresh';

/** GET /orders at the order BFF: the signed-in customer's orders, each with where its money is. */
export async function fetchOrders(bff: BffClient, signal?: AbortSignal): Promise<OrderSummary[]> {
  return newestFirst(await bff.get('/orders', orderSummaryList, signal));
}

/** `live`: the order BFF pushes every change (useLiveOrders), so asking again is only for while it cannot. */
export function ordersQueryOptions(bff: BffClient, live = false) {
  return queryOptions({
    queryKey: ['order', 'orders'],
    queryFn: ({ signal }) => fetchOrders(bff, signal),
    // Pushed changes and answers may each be a step ahead: neither moves an order back.
    structuralSharing: (shown: unknown, fresh: unknown) => furthestEach(shown as OrderSummary[] | undefined, fresh as OrderSummary[]),
    refetchInterval: (query) => (!live && query.state.data?.some((o) => isBeingPlaced(o.status)) ? orderRefreshMs : false),
  });
}

export function useOrders(live = false) {
  const { bff } = useSlice();
  return useQuery(ordersQueryOptions(bff, live));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { order, type Order } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { furthest, isBeingPlaced, isSettled, orderFollowMs, orderRefreshMs } from '../orderRefresh';

/** GET /orders/:orderId at the order BFF. */
export function fetchOrder(bff: BffClient, orderId: string, signal?: AbortSignal): Promise<Order> {
  return bff.get(`/orders/${encodeURIComponent(orderId)}`, order, signal);
}

/**
 * `cancelling`: the customer asked to cancel, so keep asking until the order is CANCELLED. `live`: the
 * order BFF pushes every change (useLiveOrders), so asking again is only for while it cannot.
 */
export function orderQueryOptions(bff: BffClient, orderId: string, cancelling = false, live = false) {
  return queryOptions({
    queryKey: ['order', 'orders', orderId],
    queryFn: ({ signal }) => fetchOrder(bff, orderId, signal),
    // Pushed changes come from order-history, answers from the order service: neither moves the page back.
    structuralSharing: (shown: unknown, fresh: unknown) => furthest(shown as Order | undefined, fresh as Order),
    // The saga finishes after the order is accepted: keep asking until it has an outcome.
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (!status || live) return false;
      if (isBeingPlaced(status) || (cancelling && status !== 'CANCELLED')) return orderRefreshMs;
      // Approved: follow the kitchen and the courier, less eagerly.
      return isSettled(status) ? false : orderFollowMs;
    },
  });
}

export function useOrder(orderId: string, cancelling = false, live = false) {
  const { bff } = useSlice();
  return useQuery(orderQueryOptions(bff, orderId, cancelling, live));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderDetails, type OrderDetails } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { isBeingPlaced, isSettled, orderFollowMs, orderRefreshMs } from '../orderRefresh';

/** GET /orders/:orderId/details at the order BFF: the order, its restaurant, delivery and payment. */
export function fetchOrderDetails(bff: BffClient, orderId: string, signal?: AbortSignal): Promise<OrderDetails> {
  return bff.get(`/orders/${encodeURIComponent(orderId)}/details`, orderDetails, signal);
}

/** `cancelling`: the customer asked to cancel, so keep asking until the order is CANCELLED. */
export function orderDetailsQueryOptions(bff: BffClient, orderId: string, cancelling = false) {
  return queryOptions({
    // Under the order's key, so whatever refreshes the orders (a cancellation) refreshes this too.
    queryKey: ['order', 'orders', orderId, 'details'],
    queryFn: ({ signal }) => fetchOrderDetails(bff, orderId, signal),
    // The saga finishes after the order is accepted: keep asking until it has an outcome.
    refetchInterval: (query) => {
      const details = query.state.data;
      if (!details) return false;
      const { status } = details.order;
      if (isBeingPlaced(status) || (cancelling && status !== 'CANCELLED')) return orderRefreshMs;
      // Approved: follow the kitchen and the courier, less eagerly; a part that was missing may come back.
      return isSettled(status) && details.notices.length === 0 ? false : orderFollowMs;
    },
  });
}

export function useOrderDetails(orderId: string, cancelling = false) {
  const { bff } = useSlice();
  return useQuery(orderDetailsQueryOptions(bff, orderId, cancelling));
}

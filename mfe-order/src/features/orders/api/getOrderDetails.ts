import { queryOptions, useQuery } from '@tanstack/react-query';
import { orderDetails, type OrderDetails } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { furthest, isBeingPlaced, isSettled, orderFollowMs, orderRefreshMs, placementRefreshMs } from '../orderRefresh';

/** GET /orders/:orderId/details at the order BFF: the order, its restaurant, delivery and payment. */
export function fetchOrderDetails(bff: BffClient, orderId: string, signal?: AbortSignal): Promise<OrderDetails> {
  return bff.get(`/orders/${encodeURIComponent(orderId)}/details`, orderDetails, signal);
}

/** The details' query key: under the order's, so whatever refreshes the orders refreshes this too. */
export const orderDetailsKey = (orderId: string) => ['order', 'orders', orderId, 'details'] as const;

/**
 * `cancelling`: the customer asked to cancel, so keep asking until the order is CANCELLED. `live`: the
 * order BFF pushes every change of the order (useLiveOrders), so asking again is only for while it
 * cannot, or while a part of the details is missing.
 */
export function orderDetailsQueryOptions(bff: BffClient, orderId: string, cancelling = false, live = false) {
  return queryOptions({
    queryKey: orderDetailsKey(orderId),
    queryFn: ({ signal }) => fetchOrderDetails(bff, orderId, signal),
    // Pushed changes come from order-history, answers from the order service: neither moves the order back.
    structuralSharing: (shown: unknown, fresh: unknown) => {
      const before = shown as OrderDetails | undefined;
      const after = fresh as OrderDetails;
      return before ? { ...after, order: furthest(before.order, after.order) } : after;
    },
    // The saga finishes after the order is accepted: keep asking until it has an outcome.
    refetchInterval: (query) => {
      const details = query.state.data;
      if (!details) return false;
      const { status } = details.order;
      // The steps of placing it are pushed by nobody: while the saga runs, the page reads them this often.
      if (isBeingPlaced(status)) return placementRefreshMs;
      if (live) return details.notices.length === 0 ? false : orderFollowMs;
      if (cancelling && status !== 'CANCELLED') return orderRefreshMs;
      // Approved: follow the kitchen and the courier, less eagerly; a part that was missing may come back.
      return isSettled(status) && details.notices.length === 0 ? false : orderFollowMs;
    },
  });
}

export function useOrderDetails(orderId: string, cancelling = false, live = false) {
  const { bff } = useSlice();
  return useQuery(orderDetailsQueryOptions(bff, orderId, cancelling, live));
}

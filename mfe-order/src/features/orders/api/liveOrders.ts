import { useQueryClient } from '@tanstack/react-query';
import { orderChangeEvent, orderHistoryEntry, type Order } from '@tiffin/contracts';
import { useLiveUpdates } from '@tiffin/slice-kit';
import { isNotBehind } from '../orderRefresh';

/**
 * Follows the customer's orders as the order BFF pushes them and puts each change straight into the
 * page's data: the pushed status is shown as it is (a refetch from the order service might answer
 * before or after it has seen the same event). Returns whether the stream is up; pages poll only while
 * it is not.
 */
export function useLiveOrders(): boolean {
  const queryClient = useQueryClient();
  return useLiveUpdates((change) => {
    if (change.type !== orderChangeEvent) return;
    const parsed = orderHistoryEntry.safeParse(change.data);
    if (!parsed.success) return;
    const { deliveryId: _deliveryId, courierId: _courierId, events: _events, ...pushed } = parsed.data;

    queryClient.setQueryData<Order>(['order', 'orders', pushed.id], (shown) =>
      shown && !isNotBehind(pushed.status, shown.status) ? shown : { ...shown, ...pushed },
    );
    const list = queryClient.getQueryData<Order[]>(['order', 'orders']);
    if (list?.some((order) => order.id === pushed.id)) {
      queryClient.setQueryData<Order[]>(['order', 'orders'], (orders) =>
        orders?.map((order) => (order.id === pushed.id && isNotBehind(pushed.status, order.status) ? { ...order, ...pushed } : order)),
      );
    } else {
      // An order the list has not shown yet (placed in another tab): read the list again.
      void queryClient.invalidateQueries({ queryKey: ['order', 'orders'], exact: true });
    }
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { orderChangeEvent, orderHistoryEntry, type OrderDetails, type OrderSummary } from '@tiffin/contracts';
import { useLiveUpdates, useReadAfterOpening } from '@tiffin/slice-kit';
import { furthest } from '../orderRefresh';
import { orderDetailsKey } from './getOrderDetails';

/**
 * Follows the customer's orders as the order BFF pushes them and puts each change straight into the
 * page's data: the pushed status is shown as it is (a refetch from the order service might answer
 * before or after it has seen the same event). Returns whether the stream is up; pages poll only while
 * it is not.
 */
export function useLiveOrders(): boolean {
  const queryClient = useQueryClient();
  const up = useLiveUpdates((change) => {
    if (change.type !== orderChangeEvent) return;
    const parsed = orderHistoryEntry.safeParse(change.data);
    if (!parsed.success) return;
    const { deliveryId: _deliveryId, courierId: _courierId, events: _events, ...pushed } = parsed.data;
    const { payment: _payment, ...pushedOrder } = pushed;

    // The order page shows the pushed status at once, then reads the details again for the delivery's
    // and the payment's part of the change (the refetch cannot move the status back: furthest()).
    queryClient.setQueryData<OrderDetails>(orderDetailsKey(pushed.id), (shown) => shown && { ...shown, order: furthest(shown.order, pushedOrder) });
    void queryClient.invalidateQueries({ queryKey: orderDetailsKey(pushed.id), exact: true });
    const list = queryClient.getQueryData<OrderSummary[]>(['order', 'orders']);
    if (list?.some((order) => order.id === pushed.id)) {
      queryClient.setQueryData<OrderSummary[]>(['order', 'orders'], (orders) =>
        orders?.map((order) => (order.id === pushed.id ? furthest(order, pushed) : order)),
      );
    } else {
      // An order the list has not shown yet (placed in another tab): read the list again.
      void queryClient.invalidateQueries({ queryKey: ['order', 'orders'], exact: true });
    }
  });

  useReadAfterOpening(up, ['order', 'orders']);
  return up;
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orderAccepted, type OrderAccepted } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** POST /orders/:orderId/cancel at the order BFF: the cancellation is under way when this resolves. */
export function cancelOrder(bff: BffClient, orderId: string): Promise<OrderAccepted> {
  return bff.post(`/orders/${encodeURIComponent(orderId)}/cancel`, {}, orderAccepted);
}

/** The order and the list of orders are read again afterwards, so the page follows the cancellation. */
export function useCancelOrder(orderId: string) {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['order', 'cancel', orderId],
    mutationFn: () => cancelOrder(bff, orderId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['order', 'orders'] }),
  });
}

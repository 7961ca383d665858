import { useQueryClient } from '@tanstack/react-query';
import { useLiveUpdates } from '@tiffin/slice-kit';

/**
 * Reads the deliveries again whenever the delivery BFF pushes a change. The push comes from the
 * order-history view, which hears of a delivery's step only after the delivery service committed it,
 * so the refetch finds the step. Returns whether the stream is up; pages poll only while it is not.
 */
export function useLiveDeliveries(): boolean {
  const queryClient = useQueryClient();
  return useLiveUpdates(() => void queryClient.invalidateQueries({ queryKey: ['delivery'] }));
}

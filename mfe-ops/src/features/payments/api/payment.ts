import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cardAuthorization } from '@tiffin/contracts';
import { auditEntry } from '@tiffin/contracts/audit';
import { BffError, useSlice } from '@tiffin/slice-kit';
import { actionHeaders, newActionKey } from '../../../components/actionKey';

const paymentKey = (orderId: string) => ['ops', 'payment', orderId] as const;

/** The order's payment as accounting keeps it; null while accounting has none (not yet authorised). */
export function usePayment(orderId: string) {
  const { bff } = useSlice();
  return useQuery({
    queryKey: paymentKey(orderId),
    queryFn: ({ signal }) =>
      bff.get(`/orders/${encodeURIComponent(orderId)}/payment`, cardAuthorization, signal).catch((error: unknown) => {
        if (error instanceof BffError && error.status === 404) return null;
        throw error;
      }),
    refetchInterval: 5_000,
  });
}

/** Gives the charge back, as one audited action. */
export function useRefund(orderId: string) {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => bff.post(`/orders/${encodeURIComponent(orderId)}/refund`, { reason }, auditEntry, actionHeaders(newActionKey())),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: paymentKey(orderId) }), queryClient.invalidateQueries({ queryKey: ['ops', 'audit'] })]),
  });
}

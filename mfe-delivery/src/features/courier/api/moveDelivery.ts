import { useMutation, useQueryClient } from '@tanstack/react-query';
import { delivery, type CourierAction, type Delivery } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { courierQueryKey } from './getCourierDeliveries';

export interface CourierStep {
  deliveryId: string;
  action: CourierAction;
}

/** POST /courier/deliveries/:deliveryId/{take,pick-up,deliver} at the delivery BFF, as the signed-in courier. */
export function moveDelivery(bff: BffClient, { deliveryId, action }: CourierStep): Promise<Delivery> {
  return bff.post(`/courier/deliveries/${encodeURIComponent(deliveryId)}/${action}`, {}, delivery);
}

/**
 * One courier step. Whatever the answer, both lists are read again: a delivery someone else took
 * leaves the offers at once, one taken here moves to the courier's own list.
 */
export function useMoveDelivery() {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...courierQueryKey, 'move'],
    mutationFn: (step: CourierStep) => moveDelivery(bff, step),
    onSettled: () => queryClient.invalidateQueries({ queryKey: courierQueryKey }),
  });
}

import { queryOptions } from '@tanstack/react-query';
import { deliveryList, offeredDeliveryList, type Delivery } from '@tiffin/contracts';
import type { BffClient } from '@tiffin/slice-kit';

/** Every query of the courier screens starts with this key, so one invalidation refreshes them all. */
export const courierQueryKey = ['delivery', 'courier'] as const;

/** GET /courier/offered-deliveries at the delivery BFF: what no courier has taken yet, oldest first. */
export function offeredDeliveriesQueryOptions(bff: BffClient) {
  return queryOptions({
    queryKey: [...courierQueryKey, 'offered'],
    queryFn: ({ signal }): Promise<Delivery[]> => bff.get('/courier/offered-deliveries', offeredDeliveryList, signal),
  });
}

/** GET /courier/deliveries at the delivery BFF: the signed-in courier's own deliveries. */
export function myDeliveriesQueryOptions(bff: BffClient) {
  return queryOptions({
    queryKey: [...courierQueryKey, 'mine'],
    queryFn: ({ signal }): Promise<Delivery[]> => bff.get('/courier/deliveries', deliveryList, signal),
  });
}

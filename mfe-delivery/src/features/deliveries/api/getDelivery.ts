import { queryOptions, useQuery } from '@tanstack/react-query';
import { delivery, type Delivery } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { deliveryRefreshMs, isSettled } from '../deliveryProgress';

/** GET /deliveries/:deliveryId at the delivery BFF. */
export function fetchDelivery(bff: BffClient, deliveryId: string, signal?: AbortSignal): Promise<Delivery> {
  return bff.get(`/deliveries/${encodeURIComponent(deliveryId)}`, delivery, signal);
}

export function deliveryQueryOptions(bff: BffClient, deliveryId: string) {
  return queryOptions({
    queryKey: ['delivery', 'delivery', deliveryId],
    queryFn: ({ signal }) => fetchDelivery(bff, deliveryId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && !isSettled(status) ? deliveryRefreshMs : false;
    },
  });
}

export function useDelivery(deliveryId: string) {
  const { bff } = useSlice();
  return useQuery(deliveryQueryOptions(bff, deliveryId));
}

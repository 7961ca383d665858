import { queryOptions, useQuery } from '@tanstack/react-query';
import { delivery, type Delivery } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { deliveryRefreshMs, isSettled } from '../deliveryProgress';

/** GET /deliveries/:deliveryId at the delivery BFF. */
export function fetchDelivery(bff: BffClient, deliveryId: string, signal?: AbortSignal): Promise<Delivery> {
  return bff.get(`/deliveries/${encodeURIComponent(deliveryId)}`, delivery, signal);
}

/** `live`: the delivery BFF pushes every change (useLiveDeliveries), so asking again is only for while it cannot. */
export function deliveryQueryOptions(bff: BffClient, deliveryId: string, live = false) {
  return queryOptions({
    queryKey: ['delivery', 'delivery', deliveryId],
    queryFn: ({ signal }) => fetchDelivery(bff, deliveryId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && !live && !isSettled(status) ? deliveryRefreshMs : false;
    },
  });
}

export function useDelivery(deliveryId: string, live = false) {
  const { bff } = useSlice();
  return useQuery(deliveryQueryOptions(bff, deliveryId, live));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { deliveryTracking, type DeliveryTracking } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** GET /deliveries/:deliveryId/tracking at the delivery BFF: the steps, the courier on the map, the arrival. */
export function fetchTracking(bff: BffClient, deliveryId: string, signal?: AbortSignal): Promise<DeliveryTracking> {
  return bff.get(`/deliveries/${encodeURIComponent(deliveryId)}/tracking`, deliveryTracking, signal);
}

export const trackingKey = (deliveryId: string) => ['delivery', 'tracking', deliveryId] as const;

/** How often the tracking is asked again while its live stream is down: the courier moves every second. */
export const trackingRefreshMs = 2_000;

/** `poll`: ask again every few seconds (while the live stream is down) until the delivery is over. */
export function trackingQueryOptions(bff: BffClient, deliveryId: string, poll: boolean) {
  return queryOptions({
    queryKey: trackingKey(deliveryId),
    queryFn: ({ signal }) => fetchTracking(bff, deliveryId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.delivery.status;
      return poll && status !== 'DELIVERED' && status !== 'CANCELLED' ? trackingRefreshMs : false;
    },
  });
}

export function useTracking(deliveryId: string, { poll }: { poll: boolean }) {
  const { bff } = useSlice();
  return useQuery(trackingQueryOptions(bff, deliveryId, poll));
}

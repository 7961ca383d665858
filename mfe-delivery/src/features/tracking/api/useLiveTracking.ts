import { useQueryClient } from '@tanstack/react-query';
import { deliveryTrackingNow, trackedPosition, trackingEvents, type DeliveryTracking } from '@tiffin/contracts';
import { useLiveUpdates } from '@tiffin/slice-kit';
import { withNow, withPosition } from '../trackingFold';
import { trackingKey } from './getTracking';

const events = [trackingEvents.position, trackingEvents.tracking];

/**
 * Follows a delivery's tracking from the change the page's first read is at (`after`): each position
 * and each change is folded into the page's tracking as it comes, so the courier moves on the map
 * about once a second. A dropped stream resumes with Last-Event-ID and sends every position missed.
 * Returns whether the stream is up (the page polls only while it is not).
 */
export function useLiveTracking(deliveryId: string, after: number): boolean {
  const queryClient = useQueryClient();
  return useLiveUpdates(
    (change) => {
      const fold = (shown: DeliveryTracking | undefined) => {
        if (!shown) return shown;
        if (change.type === trackingEvents.position) {
          const position = trackedPosition.safeParse(change.data);
          return position.success ? withPosition(shown, position.data) : shown;
        }
        const now = deliveryTrackingNow.safeParse(change.data);
        return now.success ? withNow(shown, now.data) : shown;
      };
      queryClient.setQueryData<DeliveryTracking>(trackingKey(deliveryId), fold);
    },
    { path: `/deliveries/${encodeURIComponent(deliveryId)}/live`, events, after: String(after) },
  );
}

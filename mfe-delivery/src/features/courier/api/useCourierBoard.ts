import { useQuery } from '@tanstack/react-query';
import { useSlice } from '@tiffin/slice-kit';
import { courierRefreshMs } from '../courierSteps';
import { myDeliveriesQueryOptions, offeredDeliveriesQueryOptions } from './getCourierDeliveries';

/**
 * The courier's two lists, kept fresh. This is the one place that decides how: today by asking again
 * every few seconds; once the live stream (slice-kit's useLiveUpdates) is merged, this hook subscribes
 * to it and invalidates the courier queries instead, and nothing else changes.
 */
export function useCourierBoard() {
  const { bff } = useSlice();
  const offered = useQuery({ ...offeredDeliveriesQueryOptions(bff), refetchInterval: courierRefreshMs });
  const mine = useQuery({ ...myDeliveriesQueryOptions(bff), refetchInterval: courierRefreshMs });
  return { offered, mine };
}

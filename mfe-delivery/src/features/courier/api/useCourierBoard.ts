import { useQuery } from '@tanstack/react-query';
import { useLiveRefetch, useSlice } from '@tiffin/slice-kit';
import { courierRefreshMs } from '../courierSteps';
import { courierQueryKey, myDeliveriesQueryOptions, offeredDeliveriesQueryOptions } from './getCourierDeliveries';

/**
 * The courier's two lists, kept fresh: the delivery BFF pushes every change of an offered delivery or
 * one of theirs (its /live stream) and both lists are read again; they are asked for every few seconds
 * only while that stream is down.
 */
export function useCourierBoard() {
  const { bff } = useSlice();
  const live = useLiveRefetch(courierQueryKey);
  const refetchInterval = live ? false : courierRefreshMs;
  const offered = useQuery({ ...offeredDeliveriesQueryOptions(bff), refetchInterval });
  const mine = useQuery({ ...myDeliveriesQueryOptions(bff), refetchInterval });
  return { offered, mine };
}

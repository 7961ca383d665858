import { useRef } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLiveUpdates } from './useLiveUpdates';
import { useReadAfterOpening } from './useReadAfterOpening';

/**
 * Reads the queries under `queryKey` again whenever the slice's BFF pushes a change. The push comes
 * from the order-history view, which hears of a step only after the service that owns it committed
 * it, so the refetch finds the step. Returns whether the stream is up: poll only while it is not.
 */
export function useLiveRefetch(queryKey: QueryKey): boolean {
  const queryClient = useQueryClient();
  const key = useRef(queryKey);
  const up = useLiveUpdates(() => void queryClient.invalidateQueries({ queryKey: key.current }));
  useReadAfterOpening(up, queryKey);
  return up;
}

import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLiveUpdates } from './useLiveUpdates';

/**
 * Reads the queries under `queryKey` again whenever the slice's BFF pushes a change. The push comes
 * from the order-history view, which hears of a step only after the service that owns it committed
 * it, so the refetch finds the step. Returns whether the stream is up: poll only while it is not.
 */
export function useLiveRefetch(queryKey: QueryKey): boolean {
  const queryClient = useQueryClient();
  const key = useRef(queryKey);
  const up = useLiveUpdates(() => void queryClient.invalidateQueries({ queryKey: key.current }));

  // A change between the page's first read and the stream opening was pushed to nobody: read once
  // more when it first opens (a reopened stream resumes where it left off).
  const readAfterOpening = useRef(false);
  useEffect(() => {
    if (!up || readAfterOpening.current) return;
    readAfterOpening.current = true;
    void queryClient.invalidateQueries({ queryKey: key.current });
  }, [up, queryClient]);
  return up;
}

import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLiveUpdates } from '@tiffin/slice-kit';

/**
 * Reads the deliveries again whenever the delivery BFF pushes a change. The push comes from the
 * order-history view, which hears of a delivery's step only after the delivery service committed it,
 * so the refetch finds the step. Returns whether the stream is up; pages poll only while it is not.
 */
export function useLiveDeliveries(): boolean {
  const queryClient = useQueryClient();
  const up = useLiveUpdates(() => void queryClient.invalidateQueries({ queryKey: ['delivery'] }));

  // A change between the page's first read and the stream opening was pushed to nobody: read once
  // more when it first opens (a reopened stream resumes where it left off).
  const readAfterOpening = useRef(false);
  useEffect(() => {
    if (!up || readAfterOpening.current) return;
    readAfterOpening.current = true;
    void queryClient.invalidateQueries({ queryKey: ['delivery'] });
  }, [up, queryClient]);
  return up;
}

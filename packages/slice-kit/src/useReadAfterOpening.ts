import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A change committed between a page's first read and its live stream opening is pushed to nobody, so
 * once the stream is first `up` the queries under `queryKey` are read again, with a request that starts
 * after the stream opened. (A reopened stream resumes where it left off: only the first time.)
 */
export function useReadAfterOpening(up: boolean, queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const key = useRef(queryKey);
  const done = useRef(false);
  useEffect(() => {
    if (!up || done.current) return;
    done.current = true;
    void readFromNow(queryClient, key.current);
  }, [up, queryClient]);
}

/**
 * react-query joins a query's first read still in flight instead of sending a new one (it cancels
 * only a read of a query that already has data), and that read may have left before the stream
 * opened: let it finish, then read again.
 */
export async function readFromNow(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  if (queryClient.isFetching({ queryKey }) > 0) await queryClient.refetchQueries({ queryKey }).catch(() => undefined);
  await queryClient.invalidateQueries({ queryKey });
}

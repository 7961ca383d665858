import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { sagaDetail } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

export type SagaDetail = z.infer<typeof sagaDetail>;

/** A saga's timeline updates live while it runs; once it has ended, nothing more happens to it. */
export const sagaRefreshMs = 1_000;

export function fetchSaga(bff: BffClient, sagaId: string, signal?: AbortSignal): Promise<SagaDetail> {
  return bff.get(`/sagas/${encodeURIComponent(sagaId)}`, sagaDetail, signal);
}

export const sagaKey = (sagaId: string) => ['ops', 'saga', sagaId] as const;

export function useSaga(sagaId: string) {
  const { bff } = useSlice();
  return useQuery(
    queryOptions({
      queryKey: sagaKey(sagaId),
      queryFn: ({ signal }) => fetchSaga(bff, sagaId, signal),
      refetchInterval: (query) => (query.state.data?.state === 'running' ? sagaRefreshMs : false),
    }),
  );
}

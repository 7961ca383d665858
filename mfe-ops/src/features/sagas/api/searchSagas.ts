import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { sagaList } from '@tiffin/contracts';
import type { OpsSagaSearch } from '@tiffin/contracts/ops-bff';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

export type SagaList = z.infer<typeof sagaList>;

/** Asked again this often, so a saga that gets stuck is flagged within the stuck rule plus this. */
export const sagaListRefreshMs = 2_000;

/** GET /sagas at the ops BFF, with the filters that are set. */
export function fetchSagas(bff: BffClient, search: OpsSagaSearch, signal?: AbortSignal): Promise<SagaList> {
  const query = new URLSearchParams(Object.entries(search).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return bff.get(`/sagas${query.size > 0 ? `?${query}` : ''}`, sagaList, signal);
}

export function sagasQueryOptions(bff: BffClient, search: OpsSagaSearch) {
  return queryOptions({ queryKey: ['ops', 'sagas', search], queryFn: ({ signal }) => fetchSagas(bff, search, signal), refetchInterval: sagaListRefreshMs });
}

export function useSagas(search: OpsSagaSearch) {
  const { bff } = useSlice();
  return useQuery(sagasQueryOptions(bff, search));
}

/** How many sagas look stuck now (of the first page of them), for the overview. */
export function useStuckSagaCount(): number | undefined {
  return useSagas({ stuck: 'true' }).data?.sagas.length;
}

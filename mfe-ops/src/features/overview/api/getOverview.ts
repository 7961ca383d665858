import { queryOptions, useQuery } from '@tanstack/react-query';
import { opsOverview, type OpsOverview } from '@tiffin/contracts/ops-bff';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** GET /overview at the ops BFF. */
export function fetchOverview(bff: BffClient, signal?: AbortSignal): Promise<OpsOverview> {
  return bff.get('/overview', opsOverview, signal);
}

export function overviewQueryOptions(bff: BffClient) {
  return queryOptions({ queryKey: ['ops', 'overview'], queryFn: ({ signal }) => fetchOverview(bff, signal) });
}

export function useOverview() {
  const { bff } = useSlice();
  return useQuery(overviewQueryOptions(bff));
}

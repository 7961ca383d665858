import { queryOptions, useQuery } from '@tanstack/react-query';
import { opsOverview, type OpsOverview } from '@tiffin/contracts/ops-bff';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** How often the overview asks again: a part going down shows within this. */
export const overviewRefreshMs = 2_000;

export function fetchOverview(bff: BffClient, signal?: AbortSignal): Promise<OpsOverview> {
  return bff.get('/overview', opsOverview, signal);
}

export function useOverview() {
  const { bff } = useSlice();
  return useQuery(queryOptions({ queryKey: ['ops', 'overview'], queryFn: ({ signal }) => fetchOverview(bff, signal), refetchInterval: overviewRefreshMs }));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { metricsHistory, type MetricsHistory } from '@tiffin/contracts/ops-telemetry';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** The ops BFF samples every 15 s; asking as often keeps the charts a sample behind at most. */
export const metricsRefreshMs = 15_000;

export function fetchMetricsHistory(bff: BffClient, signal?: AbortSignal): Promise<MetricsHistory> {
  return bff.get('/overview/metrics', metricsHistory, signal);
}

export function useMetricsHistory() {
  const { bff } = useSlice();
  return useQuery(queryOptions({ queryKey: ['ops', 'metrics'], queryFn: ({ signal }) => fetchMetricsHistory(bff, signal), refetchInterval: metricsRefreshMs }));
}

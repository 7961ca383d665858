import { queryOptions, useQuery } from '@tanstack/react-query';
import { composedTrace, type ComposedTrace } from '@tiffin/contracts/ops-telemetry';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

export function fetchTrace(bff: BffClient, traceId: string, signal?: AbortSignal): Promise<ComposedTrace> {
  return bff.get(`/traces/${encodeURIComponent(traceId)}`, composedTrace, signal);
}

/** Read once: a trace only grows while its order moves, and the page offers to read it again. */
export function useTrace(traceId: string) {
  const { bff } = useSlice();
  return useQuery(queryOptions({ queryKey: ['ops', 'trace', traceId], queryFn: ({ signal }) => fetchTrace(bff, traceId, signal) }));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditList } from '@tiffin/contracts/audit';
import { useSlice } from '@tiffin/slice-kit';

export function useAuditLog() {
  const { bff } = useSlice();
  return useQuery(queryOptions({ queryKey: ['ops', 'audit'], queryFn: ({ signal }) => bff.get('/audit?limit=100', auditList, signal), refetchInterval: 5_000 }));
}

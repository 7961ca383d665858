import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditEntry, type AuditEntry } from '@tiffin/contracts/audit';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { actionHeaders, newActionKey } from '../../../components/actionKey';
import { sagaKey } from './getSaga';

export type SagaAction = { kind: 'retry' } | { kind: 'abandon'; reason: string } | { kind: 'cancel-order'; orderId: string };

/** One press of a repair button at the ops BFF; its key makes a press sent twice one action. */
export function runSagaAction(bff: BffClient, sagaId: string, action: SagaAction, key = newActionKey()): Promise<AuditEntry> {
  const headers = actionHeaders(key);
  const saga = `/sagas/${encodeURIComponent(sagaId)}`;
  switch (action.kind) {
    case 'retry':
      return bff.post(`${saga}/retry`, {}, auditEntry, headers);
    case 'abandon':
      return bff.post(`${saga}/abandon`, { reason: action.reason }, auditEntry, headers);
    case 'cancel-order':
      return bff.post(`/orders/${encodeURIComponent(action.orderId)}/cancel`, {}, auditEntry, headers);
  }
}

/** Runs a repair, then reads the saga and the audit log again. */
export function useSagaAction(sagaId: string) {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: SagaAction) => runSagaAction(bff, sagaId, action),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: sagaKey(sagaId) }), queryClient.invalidateQueries({ queryKey: ['ops', 'audit'] })]),
  });
}

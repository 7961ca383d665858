import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditEntry } from '@tiffin/contracts/audit';
import type { DeadLetterRef } from '@tiffin/contracts/ops-bff';
import { useSlice } from '@tiffin/slice-kit';
import { actionHeaders, newActionKey } from '../../../components/actionKey';
import { deadLettersKey } from './getDeadLetters';

export type DeadLetterAction = { kind: 'replay'; letters: DeadLetterRef[] } | { kind: 'discard'; letters: DeadLetterRef[]; reason: string };

/** Replays or discards a selection in one audited action, then reads the letters and the audit log again. */
export function useDeadLetterAction() {
  const { bff } = useSlice();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: DeadLetterAction) =>
      action.kind === 'replay'
        ? bff.post('/dead-letters/replay', { letters: action.letters }, auditEntry, actionHeaders(newActionKey()))
        : bff.post('/dead-letters/discard', { letters: action.letters, reason: action.reason }, auditEntry, actionHeaders(newActionKey())),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: deadLettersKey }), queryClient.invalidateQueries({ queryKey: ['ops', 'audit'] })]),
  });
}

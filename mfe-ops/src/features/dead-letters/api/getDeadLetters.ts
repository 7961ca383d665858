import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { deadLetterDetail } from '@tiffin/contracts';
import { opsDeadLetters, type OpsDeadLetters } from '@tiffin/contracts/ops-bff';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

export interface DeadLetterFilter {
  service?: string;
  consumer?: string;
  type?: string;
  error?: string;
}

export const deadLettersKey = ['ops', 'dead-letters'] as const;

export function fetchDeadLetters(bff: BffClient, filter: DeadLetterFilter, signal?: AbortSignal): Promise<OpsDeadLetters> {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return bff.get(`/dead-letters${query.size > 0 ? `?${query}` : ''}`, opsDeadLetters, signal);
}

export function useDeadLetters(filter: DeadLetterFilter) {
  const { bff } = useSlice();
  return useQuery(queryOptions({ queryKey: [...deadLettersKey, filter], queryFn: ({ signal }) => fetchDeadLetters(bff, filter, signal), refetchInterval: 5_000 }));
}

export type DeadLetterDetail = z.infer<typeof deadLetterDetail>;

export function useDeadLetter(letter: { service: string; consumer: string; id: string } | null) {
  const { bff } = useSlice();
  return useQuery({
    queryKey: [...deadLettersKey, 'one', letter],
    queryFn: ({ signal }) => bff.get(`/dead-letters/${letter!.service}/${encodeURIComponent(letter!.consumer)}/${encodeURIComponent(letter!.id)}`, deadLetterDetail, signal),
    enabled: letter !== null,
  });
}

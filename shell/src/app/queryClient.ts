import { QueryClient } from '@tanstack/react-query';

const maxRetries = 2;

/** A 4xx answer will not change on retry; anything else (network, 5xx) may. */
function isWorthRetrying(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return !(typeof status === 'number' && status >= 400 && status < 500);
}

/** One client for the shell and every slice: slices share react-query, so they share this cache. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < maxRetries && isWorthRetrying(error),
      },
      mutations: { retry: false },
    },
  });
}

import { BffError } from '@tiffin/slice-kit';

/**
 * A gateway timeout or a lost connection leaves the order's fate unknown: the server may have
 * placed it after we stopped waiting. Only a refusal (4xx) or "unavailable before trying" is known
 * not to have placed it.
 */
export function mayStillBePlaced(error: unknown): boolean {
  return error instanceof BffError && (error.status === 504 || error.status === 0);
}

/** Retried automatically with the same idempotency key, so the retry finds the order if it was placed. */
export function shouldRetryPlacing(failureCount: number, error: Error): boolean {
  return failureCount < 3 && error instanceof BffError && (mayStillBePlaced(error) || error.status === 502 || error.status === 503);
}

/** 0.5 s, 1 s, 2 s: long enough for a busy order service to catch up. */
export function retryDelayMs(failureCount: number): number {
  return 500 * 2 ** failureCount;
}

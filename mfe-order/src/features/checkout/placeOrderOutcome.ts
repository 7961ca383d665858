import { problemCodes } from '@tiffin/contracts';
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

/**
 * What the checkout says when placing failed: its title, and its own detail when the BFF's would be
 * about the wrong thing. An outage answered before trying placed nothing and charged nothing, and that
 * is what the customer needs to hear, not which part of Tiffin was away.
 */
export function placeOrderFailure(error: Error): { title: string; detail?: string } {
  if (mayStillBePlaced(error)) {
    return { title: 'We could not confirm your order yet. It may still be placed: check your orders, or press Place order again (it will not order twice).' };
  }
  if (error instanceof BffError && error.problem?.code === problemCodes.serviceUnavailable) {
    return {
      title: 'Your order was not placed.',
      detail: 'We could not send it just now, so nothing was ordered and your card was not charged. Please try again in a moment.',
    };
  }
  return { title: 'Your order was not placed.' };
}

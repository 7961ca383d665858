import { describe, expect, it } from 'vitest';
import { BffError } from '@tiffin/slice-kit';
import { mayStillBePlaced, retryDelayMs, shouldRetryPlacing } from './placeOrderOutcome';

describe('placing an order when the answer does not come', () => {
  it('tells the customer a timed-out or cut-off order may still be placed, and a refusal that it was not', () => {
    expect(mayStillBePlaced(new BffError('order BFF did not answer in time', 504))).toBe(true);
    expect(mayStillBePlaced(new BffError('could not reach Tiffin', 0))).toBe(true);
    expect(mayStillBePlaced(new BffError('Garlic Naan is sold out', 422))).toBe(false);
    expect(mayStillBePlaced(new BffError('order service is unavailable', 503))).toBe(false);
  });

  it('retries gateway failures a few times, never a refusal', () => {
    expect([0, 1, 2].map((n) => shouldRetryPlacing(n, new BffError('timeout', 504)))).toEqual([true, true, true]);
    expect(shouldRetryPlacing(3, new BffError('timeout', 504))).toBe(false);
    expect(shouldRetryPlacing(0, new BffError('unavailable', 503))).toBe(true);
    expect(shouldRetryPlacing(0, new BffError('address too short', 400))).toBe(false);
    expect(shouldRetryPlacing(0, new Error('a bug in the page'))).toBe(false);
    expect([0, 1, 2].map(retryDelayMs)).toEqual([500, 1000, 2000]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlaceOrderRequest } from '@tiffin/contracts';
import { checkoutAttemptFor } from './checkoutAttempt';

const request: PlaceOrderRequest = {
  restaurantId: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01',
  lines: [
    { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0001', quantity: 2 },
    { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0002', quantity: 1 },
  ],
  deliveryAddress: '12 Harbour Street',
  cardId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0009',
};

describe('checkout attempt', () => {
  it('starts with a fresh uuid key', () => {
    const attempt = checkoutAttemptFor(null, request);
    expect(attempt.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the key when the same order is retried', () => {
    const first = checkoutAttemptFor(null, request);
    const retry = checkoutAttemptFor(first, { ...request, lines: request.lines.map((l) => ({ ...l })) });
    expect(retry.idempotencyKey).toBe(first.idempotencyKey);
  });

  it.each([
    ['a quantity', { ...request, lines: [{ ...request.lines[0]!, quantity: 3 }, request.lines[1]!] }],
    ['a line', { ...request, lines: [request.lines[0]!] }],
    ['the address', { ...request, deliveryAddress: '14 Harbour Street' }],
    ['the restaurant', { ...request, restaurantId: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c02' }],
    ['the card', { ...request, cardId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0010' }],
    ['a price the customer confirmed', { ...request, lines: [{ ...request.lines[0]!, unitPriceCents: 1595 }, request.lines[1]!] }],
  ])('uses a new key once %s changes', (_, changed) => {
    const first = checkoutAttemptFor(null, request);
    expect(checkoutAttemptFor(first, changed).idempotencyKey).not.toBe(first.idempotencyKey);
  });
});

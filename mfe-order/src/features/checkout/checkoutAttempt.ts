import type { PlaceOrderRequest } from '@tiffin/contracts';

export interface CheckoutAttempt {
  /** What was ordered; a different order is a different attempt. */
  fingerprint: string;
  idempotencyKey: string;
}

/**
 * The attempt a "Place order" click belongs to: pressing again after a failure retries the same
 * attempt (same key, so the server places the order at most once); changing the cart (a price
 * the customer confirmed included), the address or the card makes a new one.
 */
export function checkoutAttemptFor(
  previous: CheckoutAttempt | null,
  request: PlaceOrderRequest,
  newKey: () => string = () => crypto.randomUUID(),
): CheckoutAttempt {
  const fingerprint = JSON.stringify([
    request.restaurantId,
    request.lines.map((line) => [line.menuItemId, line.quantity, line.unitPriceCents]),
    request.deliveryAddress,
    request.cardId,
  ]);
  if (previous?.fingerprint === fingerprint) return previous;
  return { fingerprint, idempotencyKey: newKey() };
}

import { describe, expect, it } from 'vitest';
import type { Problem } from '@tiffin/contracts';
import { BffError } from './bffClient';
import { customerMessage } from './customerMessage';

function refusal(status: number, message: string, extra: Partial<Problem> = {}): BffError {
  return new BffError(message, status, { statusCode: status, error: 'Error', message, ...extra });
}

describe('customerMessage', () => {
  it('words a closed restaurant and a sold-out dish by name, never with the field or the id', () => {
    const closed = refusal(422, 'body.restaurantId: restaurant Golden Lotus Dim Sum (5e3f0a) is closed', {
      code: 'RESTAURANT_CLOSED',
      subject: 'Golden Lotus Dim Sum',
    });
    expect(customerMessage(closed)).toBe('Golden Lotus Dim Sum is closed right now.');
    const soldOut = refusal(422, 'body.lines[0].menuItemId: Seasonal Uni Don (34c6) is not available', {
      code: 'DISH_SOLD_OUT',
      subject: 'Seasonal Uni Don',
    });
    expect(customerMessage(soldOut)).toBe('Seasonal Uni Don is sold out.');
  });

  it('lists changed prices, old and new, and sold-out dishes', () => {
    const changed = refusal(409, 'body.lines: the menu changed', {
      code: 'PRICE_CHANGED',
      changedLines: [
        { menuItemId: crypto.randomUUID(), name: 'Paneer Tikka', seenPriceCents: 1395, priceCents: 1595, available: true },
        { menuItemId: crypto.randomUUID(), name: 'Seasonal Uni Don', seenPriceCents: 3200, priceCents: 3200, available: false },
      ],
    });
    expect(customerMessage(changed)).toBe('The menu changed: Paneer Tikka now costs $15.95 (was $13.95); Seasonal Uni Don is sold out.');
  });

  it('keeps the words of an outage, which the BFF wrote for customers', () => {
    const outage = refusal(502, "We can't reach your orders right now. Please try again in a moment.", {
      code: 'SERVICE_UNAVAILABLE',
      subject: 'order',
    });
    expect(customerMessage(outage)).toBe("We can't reach your orders right now. Please try again in a moment.");
    expect(customerMessage(new BffError("Can't reach Tiffin right now. Check your connection and try again.", 0))).toMatch(/^Can't reach Tiffin/);
  });

  it('replaces validator text without a code by a plain sentence for its status', () => {
    expect(customerMessage(refusal(400, 'body.deliveryAddress: must not contain control characters'))).toBe(
      'Tiffin could not accept this request. Please check what you entered and try again.',
    );
    expect(customerMessage(refusal(404, 'order 9c6f3ab4-5c1d-4c59-8f4a-2d8f0f0e7b11 not found'))).toBe(
      'We could not find this. It may have been removed.',
    );
  });

  it('keeps a refusal the service already words for customers (a 409 that says why)', () => {
    expect(customerMessage(refusal(409, 'This order is already cancelled'))).toBe('This order is already cancelled');
  });
});

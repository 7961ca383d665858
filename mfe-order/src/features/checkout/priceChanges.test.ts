import { describe, expect, it } from 'vitest';
import type { Cart } from '@tiffin/slice-contract';
import type { Problem } from '@tiffin/contracts';
import { BffError } from '@tiffin/slice-kit';
import { priceChangesOf, repricedLines } from './priceChanges';

const paneer = { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0001', name: 'Paneer Tikka', unitPriceCents: 1395, quantity: 2 };
const naan = { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0002', name: 'Garlic Naan', unitPriceCents: 395, quantity: 1 };
const lassi = { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0003', name: 'Mango Lassi', unitPriceCents: 495, quantity: 1 };
const cart: Cart = { restaurantId: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01', restaurantName: 'Bombay Tiffin House', lines: [paneer, naan, lassi] };
const changes = [
  { menuItemId: paneer.menuItemId, name: 'Paneer Tikka', seenPriceCents: 1395, priceCents: 1595, available: true },
  { menuItemId: lassi.menuItemId, name: 'Mango Lassi', seenPriceCents: 495, priceCents: 495, available: false },
];

describe('price changes at checkout', () => {
  it('reads the changed lines from a PRICE_CHANGED refusal only', () => {
    const body: Problem = { statusCode: 409, error: 'Conflict', message: 'body.lines: the menu changed', code: 'PRICE_CHANGED', changedLines: changes };
    expect(priceChangesOf(new BffError(body.message, 409, body))).toEqual(changes);
    const reused: Problem = { statusCode: 409, error: 'Conflict', message: 'idempotency-key k was already used' };
    expect(priceChangesOf(new BffError(reused.message, 409, reused))).toBeNull();
    expect(priceChangesOf(new Error('boom'))).toBeNull();
  });

  it('puts the new prices in the cart and takes sold-out dishes out, keeping the rest in place', () => {
    expect(repricedLines(cart, changes)).toEqual([{ ...paneer, unitPriceCents: 1595 }, naan]);
  });
});

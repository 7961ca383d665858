import { describe, expect, it } from 'vitest';
import { checkOrderDetails } from './check-order-details';

const paneer = { id: crypto.randomUUID(), name: 'Paneer Tikka', priceCents: 1395, available: true };
const naan = { id: crypto.randomUUID(), name: 'Garlic Naan', priceCents: 395, available: true };
const house = { name: 'Bombay Tiffin House', open: true, menu: [paneer, naan] };
const line = (item: { id: string; priceCents: number }, quantity = 1) => ({
  menuItemId: item.id,
  quantity,
  unitPriceCents: item.priceCents,
});

describe('checking order details against the live menu', () => {
  it('accepts available dishes at their current prices', () => {
    expect(checkOrderDetails(house, [line(paneer, 2), line(naan)])).toEqual({ ok: true });
  });

  it('rejects a restaurant that no longer exists', () => {
    expect(checkOrderDetails(undefined, [line(paneer)])).toEqual({ ok: false, reason: 'This restaurant is no longer on Tiffin' });
  });

  it('rejects a closed restaurant by name', () => {
    expect(checkOrderDetails({ ...house, open: false }, [line(paneer)])).toEqual({
      ok: false,
      reason: 'Bombay Tiffin House is closed right now',
    });
  });

  it('names a dish that is no longer available', () => {
    const soldOut = { ...house, menu: [{ ...paneer, available: false }, naan] };
    expect(checkOrderDetails(soldOut, [line(naan), line(paneer)])).toEqual({
      ok: false,
      reason: 'Paneer Tikka is no longer available',
    });
  });

  it('says when a dish left the menu, without showing its id', () => {
    const verdict = checkOrderDetails(house, [line({ id: crypto.randomUUID(), priceCents: 100 })]);
    expect(verdict).toEqual({ ok: false, reason: "An item in your order is no longer on Bombay Tiffin House's menu" });
  });

  it('gives the new price when it changed', () => {
    expect(checkOrderDetails(house, [{ ...line(paneer), unitPriceCents: 1295 }])).toEqual({
      ok: false,
      reason: 'The price of Paneer Tikka has changed to $13.95',
    });
  });
});

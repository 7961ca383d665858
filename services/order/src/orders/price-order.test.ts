import { describe, expect, it } from 'vitest';
import type { ReplicaMenu } from '../replica/replica-reads';
import { priceOrder } from './price-order';

const restaurantId = crypto.randomUUID();
const paneer = { id: crypto.randomUUID(), name: 'Paneer Tikka', priceCents: 1395, available: true };
const lassi = { id: crypto.randomUUID(), name: 'Mango Lassi', priceCents: 495, available: false };
const replica: ReplicaMenu = {
  restaurant: { id: restaurantId, name: 'Bombay Tiffin House', address: '118 Lexington Ave', open: true },
  items: new Map([paneer, lassi].map((item) => [item.id, item])),
};
const request = (lines: { menuItemId: string; quantity: number; unitPriceCents?: number }[]) => ({
  consumerId: crypto.randomUUID(),
  restaurantId,
  deliveryAddress: '1 Main St',
  cardId: crypto.randomUUID(),
  lines,
});

describe('pricing an order from the menu replica', () => {
  it('prices each line from the replica and adds them up', () => {
    expect(priceOrder(replica, request([{ menuItemId: paneer.id, quantity: 3 }]))).toEqual({
      ok: true,
      restaurantName: 'Bombay Tiffin House',
      restaurantAddress: '118 Lexington Ave',
      lines: [{ menuItemId: paneer.id, name: 'Paneer Tikka', quantity: 3, unitPriceCents: 1395 }],
      totalCents: 4185,
    });
  });

  it('does not know a restaurant the catalog never published', () => {
    expect(priceOrder(undefined, request([]))).toEqual({
      ok: false,
      status: 422,
      problem: `body.restaurantId: restaurant ${restaurantId} is not known`,
      details: { code: 'RESTAURANT_UNKNOWN' },
    });
  });

  it('refuses a closed restaurant, naming it', () => {
    const closed = { ...replica, restaurant: { ...replica.restaurant, open: false } };
    const priced = priceOrder(closed, request([{ menuItemId: paneer.id, quantity: 1 }]));
    expect(priced).toEqual({
      ok: false,
      status: 422,
      problem: `body.restaurantId: restaurant Bombay Tiffin House (${restaurantId}) is closed`,
      details: { code: 'RESTAURANT_CLOSED', subject: 'Bombay Tiffin House' },
    });
  });

  it('names the line and the item that is not on the menu', () => {
    const stranger = crypto.randomUUID();
    const priced = priceOrder(replica, request([{ menuItemId: paneer.id, quantity: 1 }, { menuItemId: stranger, quantity: 1 }]));
    expect(priced).toEqual({
      ok: false,
      status: 422,
      problem: `body.lines[1].menuItemId: menu item ${stranger} is not on the menu of Bombay Tiffin House`,
      details: { code: 'DISH_NOT_ON_MENU', subject: 'Bombay Tiffin House' },
    });
  });

  it('names an unavailable item', () => {
    const priced = priceOrder(replica, request([{ menuItemId: lassi.id, quantity: 1 }]));
    expect(priced).toEqual({
      ok: false,
      status: 422,
      problem: `body.lines[0].menuItemId: Mango Lassi (${lassi.id}) is not available`,
      details: { code: 'DISH_SOLD_OUT', subject: 'Mango Lassi' },
    });
  });

  it('places the order when every price the customer saw is still the menu price', () => {
    const priced = priceOrder(replica, request([{ menuItemId: paneer.id, quantity: 2, unitPriceCents: 1395 }]));
    expect(priced).toMatchObject({ ok: true, totalCents: 2790 });
  });

  it('refuses with PRICE_CHANGED, listing every line whose price or availability is not what the customer saw', () => {
    const naan = { id: crypto.randomUUID(), name: 'Garlic Naan', priceCents: 395, available: true };
    const menu: ReplicaMenu = { ...replica, items: new Map([paneer, lassi, naan].map((item) => [item.id, item])) };
    const priced = priceOrder(
      menu,
      request([
        { menuItemId: paneer.id, quantity: 1, unitPriceCents: 1295 },
        { menuItemId: naan.id, quantity: 1, unitPriceCents: 395 },
        { menuItemId: lassi.id, quantity: 1, unitPriceCents: 495 },
      ]),
    );
    expect(priced).toEqual({
      ok: false,
      status: 409,
      problem:
        'body.lines: the menu changed since these prices were seen: Paneer Tikka costs $13.95 now, not $12.95; Mango Lassi is sold out',
      details: {
        code: 'PRICE_CHANGED',
        changedLines: [
          { menuItemId: paneer.id, name: 'Paneer Tikka', seenPriceCents: 1295, priceCents: 1395, available: true },
          { menuItemId: lassi.id, name: 'Mango Lassi', seenPriceCents: 495, priceCents: 495, available: false },
        ],
      },
    });
  });

  it('counts a lower price as a change too: the customer confirms what they pay, whichever way it moved', () => {
    const priced = priceOrder(replica, request([{ menuItemId: paneer.id, quantity: 1, unitPriceCents: 1495 }]));
    expect(priced).toMatchObject({ ok: false, status: 409, details: { code: 'PRICE_CHANGED' } });
  });
});

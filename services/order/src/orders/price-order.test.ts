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
const request = (lines: { menuItemId: string; quantity: number }[]) => ({
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
      problem: `body.restaurantId: restaurant ${restaurantId} is not known`,
    });
  });

  it('refuses a closed restaurant, naming it', () => {
    const closed = { ...replica, restaurant: { ...replica.restaurant, open: false } };
    const priced = priceOrder(closed, request([{ menuItemId: paneer.id, quantity: 1 }]));
    expect(priced).toEqual({ ok: false, problem: `body.restaurantId: restaurant Bombay Tiffin House (${restaurantId}) is closed` });
  });

  it('names the line and the item that is not on the menu', () => {
    const stranger = crypto.randomUUID();
    const priced = priceOrder(replica, request([{ menuItemId: paneer.id, quantity: 1 }, { menuItemId: stranger, quantity: 1 }]));
    expect(priced).toEqual({
      ok: false,
      problem: `body.lines[1].menuItemId: menu item ${stranger} is not on the menu of Bombay Tiffin House`,
    });
  });

  it('names an unavailable item', () => {
    const priced = priceOrder(replica, request([{ menuItemId: lassi.id, quantity: 1 }]));
    expect(priced).toEqual({ ok: false, problem: `body.lines[0].menuItemId: Mango Lassi (${lassi.id}) is not available` });
  });
});

import { describe, expect, it } from 'vitest';
import type { Delivery } from '@tiffin/contracts';
import { needsRefresh, newestFirst } from './deliveryProgress';

function delivery(overrides: Partial<Delivery>): Delivery {
  return {
    id: '5a0d7a39-8d4f-4d3c-9a53-6c1b2f0a9e01',
    orderId: '9c6f3ab4-5c1d-4c59-8f4a-2d8f0f0e7b11',
    consumerId: '3b241101-e2bb-4255-8caf-4136c566a962',
    restaurantId: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01',
    restaurantName: 'Dosa House',
    pickupAddress: '1 Curry Lane',
    deliveryAddress: '12 Harbour Street',
    status: 'SCHEDULED',
    courierId: null,
    totalCents: 2450,
    scheduledAt: '2026-11-21T12:00:00.000Z',
    updatedAt: '2026-11-21T12:00:00.000Z',
    ...overrides,
  };
}

describe('needsRefresh', () => {
  it('keeps polling while any delivery is under way', () => {
    expect(needsRefresh([delivery({ status: 'DELIVERED' }), delivery({ status: 'PICKED_UP' })], false)).toBe(true);
  });

  it('stops once every delivery is delivered or cancelled', () => {
    expect(needsRefresh([delivery({ status: 'DELIVERED' }), delivery({ status: 'CANCELLED' })], false)).toBe(false);
  });

  it("waits for an order's delivery to be scheduled, but not for a customer with none", () => {
    expect(needsRefresh([], true)).toBe(true);
    expect(needsRefresh([], false)).toBe(false);
    expect(needsRefresh(undefined, true)).toBe(false);
  });
});

describe('newestFirst', () => {
  it('orders deliveries by when they were scheduled, newest first', () => {
    const older = delivery({ id: '5a0d7a39-8d4f-4d3c-9a53-6c1b2f0a9e02', scheduledAt: '2026-11-20T12:00:00.000Z' });
    const newer = delivery({ scheduledAt: '2026-11-21T12:00:00.000Z' });
    expect(newestFirst([older, newer]).map((d) => d.id)).toEqual([newer.id, older.id]);
  });
});

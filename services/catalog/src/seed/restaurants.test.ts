import { describe, expect, it } from 'vitest';
import { restaurant } from '@tiffin/contracts';
import { seedRestaurants } from './restaurants';

describe('seed restaurants', () => {
  it('offers at least five restaurants of different cuisines', () => {
    expect(seedRestaurants.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seedRestaurants.map((r) => r.cuisine)).size).toBe(seedRestaurants.length);
  });

  it('gives every restaurant at least eight described dishes', () => {
    for (const seeded of seedRestaurants) {
      expect(seeded.menu.length, seeded.name).toBeGreaterThanOrEqual(8);
      for (const item of seeded.menu) expect(item.description.length, item.name).toBeGreaterThan(10);
    }
  });

  it('matches the catalog contract, with prices in whole cents between $1 and $100', () => {
    for (const seeded of seedRestaurants) {
      const asServed = { ...seeded, menu: seeded.menu.map((item) => ({ ...item, restaurantId: seeded.id })) };
      expect(() => restaurant.parse(asServed)).not.toThrow();
      for (const item of seeded.menu) {
        expect(item.priceCents).toBeGreaterThanOrEqual(100);
        expect(item.priceCents).toBeLessThanOrEqual(10_000);
      }
    }
  });

  it('never reuses an id, so replicas can key on them', () => {
    const ids = seedRestaurants.flatMap((r) => [r.id, ...r.menu.map((item) => item.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes a closed restaurant and a sold-out dish for the unhappy paths', () => {
    expect(seedRestaurants.some((r) => !r.open)).toBe(true);
    expect(seedRestaurants.some((r) => r.open && r.menu.some((item) => !item.available))).toBe(true);
  });
});

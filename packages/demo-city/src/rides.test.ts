import { describe, expect, it } from 'vitest';
import { isInCity } from './city';
import { placeAddress } from './places';
import { onNearestRoad, pointAlong, ride, rideDistance } from './rides';

describe('rides along the roads of Tiffin Town', () => {
  it('turns one corner between a street and an avenue: as long as the corner’s two sides', () => {
    expect(ride({ x: 1_000, y: 400 }, { x: 2_000, y: 1_500 })).toEqual([
      { x: 1_000, y: 400 },
      { x: 2_000, y: 400 },
      { x: 2_000, y: 1_500 },
    ]);
    expect(rideDistance({ x: 1_000, y: 400 }, { x: 2_000, y: 1_500 })).toBe(2_100);
  });

  it('crosses between two parallel streets on the avenue that makes the shortest detour', () => {
    // Both doors between the same two avenues (800 and 1200): the ride goes round by the nearer one.
    expect(ride({ x: 850, y: 400 }, { x: 900, y: 1_000 })).toEqual([
      { x: 850, y: 400 },
      { x: 800, y: 400 },
      { x: 800, y: 1_000 },
      { x: 900, y: 1_000 },
    ]);
    expect(rideDistance({ x: 850, y: 400 }, { x: 900, y: 1_000 })).toBe(50 + 600 + 100);
    // With an avenue between them, no detour at all.
    expect(rideDistance({ x: 300, y: 400 }, { x: 900, y: 1_000 })).toBe(600 + 600);
  });

  it('puts a position between two roads on the nearer one first', () => {
    expect(onNearestRoad({ x: 1_210, y: 733 })).toEqual({ x: 1_200, y: 733 });
    expect(onNearestRoad({ x: 1_330, y: 790 })).toEqual({ x: 1_330, y: 800 });
  });

  it('says where a courier is along a ride, and keeps them at its end', () => {
    const route = ride({ x: 1_000, y: 400 }, { x: 2_000, y: 1_500 });
    expect(pointAlong(route, 0)).toEqual({ x: 1_000, y: 400 });
    expect(pointAlong(route, 600)).toEqual({ x: 1_600, y: 400 });
    expect(pointAlong(route, 1_500)).toEqual({ x: 2_000, y: 900 });
    expect(pointAlong(route, 99_999)).toEqual({ x: 2_000, y: 1_500 });
  });
});

describe('addresses in Tiffin Town', () => {
  it('puts each address at one door on a road in the city, the same however it is spaced or capitalised', () => {
    const door = placeAddress('221 Baker Street, Apt 2B');
    expect(placeAddress('  221 baker street,  apt 2b ')).toEqual(door);
    expect(isInCity(door)).toBe(true);
    expect(onNearestRoad(door)).toEqual(door);
    expect(placeAddress('10 Downing Street')).not.toEqual(door);
  });
});

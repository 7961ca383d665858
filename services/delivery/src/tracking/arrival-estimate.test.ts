import { describe, expect, it } from 'vitest';
import { arrivalTimes, type ArrivalInputs } from './arrival-estimate';

const now = new Date('2026-12-01T18:00:00.000Z');
const at = (minutes: number, seconds = 0) => new Date(now.getTime() + minutes * 60_000 + seconds * 1000).toISOString();
// 1000 m east then 800 m south: 1800 m, 6 minutes at a courier's 5 m/s, 10 at the slow 3 m/s.
const pickup = { x: 1_000, y: 400 };
const dropOff = { x: 2_000, y: 1_200 };
const noFood = { readyAt: null, readyBy: null, preparationMinutes: null };

function times(input: Partial<ArrivalInputs>) {
  const found = arrivalTimes({ now, status: 'SCHEDULED', pickup, dropOff, courierAt: null, food: noFood, deliveredAt: null, ...input });
  return found && { estimate: found.estimate.toISOString(), latest: found.latest.toISOString() };
}

describe('the arrival estimate and the latest arrival', () => {
  it('count the kitchen’s preparation time, then the ride to the door, then the hand-over', () => {
    // Accepted now, 18 minutes of preparation: ready at 18:18. A courier is found meanwhile.
    const food = { readyAt: null, readyBy: new Date(at(18)), preparationMinutes: 18 };
    expect(times({ status: 'SCHEDULED', food })).toEqual({
      // Ready 18, ride 6, hand-over 1.
      estimate: at(25),
      // Ready late by a quarter of 18 (4.5), ride slowly 10, hand-over 3.
      latest: at(18 + 4.5 + 10 + 3),
    });
  });

  it('wait for the courier when they reach the restaurant after the food is ready', () => {
    const food = { readyAt: null, readyBy: new Date(at(2)), preparationMinutes: 8 };
    // 2000 m west and 1000 m north of the restaurant: 10 minutes away at 5 m/s, so the food waits for them.
    expect(times({ status: 'ASSIGNED', food, courierAt: { x: 3_000, y: 1_400 } })?.estimate).toBe(at(10 + 6 + 1));
    // Without a position yet, a courier who took it counts as still to reach the restaurant.
    expect(times({ status: 'ASSIGNED', food })?.estimate).toBe(at(5 + 6 + 1));
  });

  it('take the food as ready when the kitchen says it is, with no overrun', () => {
    const food = { readyAt: new Date(at(-3)), readyBy: new Date(at(-5)), preparationMinutes: 12 };
    expect(times({ status: 'ASSIGNED', food, courierAt: pickup })).toEqual({ estimate: at(6 + 1), latest: at(10 + 3) });
  });

  it('on the way to the door, count the ride from where the courier is now', () => {
    // 200 m east and 800 m south to go: 1000 m.
    const courierAt = { x: 1_800, y: 400 };
    expect(times({ status: 'PICKED_UP', courierAt })).toEqual({ estimate: at(0, 200 + 60), latest: at(0, 1_000 / 3 + 180) });
  });

  it('are when it was delivered, once it is', () => {
    const deliveredAt = new Date(at(-1));
    expect(times({ status: 'DELIVERED', deliveredAt })).toEqual({ estimate: deliveredAt.toISOString(), latest: deliveredAt.toISOString() });
  });

  it('are not given before the kitchen has said anything, nor for a cancelled delivery', () => {
    expect(times({ status: 'SCHEDULED' })).toBeNull();
    expect(times({ status: 'CANCELLED', food: { readyAt: null, readyBy: new Date(at(10)), preparationMinutes: 10 } })).toBeNull();
  });
});

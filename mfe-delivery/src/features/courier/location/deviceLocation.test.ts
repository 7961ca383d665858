import { describe, expect, it } from 'vitest';
import { onCityPlan } from './deviceLocation';

const first = { latitude: 51.5, longitude: -0.12 };

describe('a device’s location on the plan of the demo city', () => {
  it('lays the device’s movements since its first fix from where the map last saw the courier', () => {
    const anchor = { x: 1_000, y: 1_000 };
    expect(onCityPlan(anchor, first, first)).toEqual(anchor);
    // About 200 m north (y shrinks northwards) and 100 m east.
    const moved = onCityPlan(anchor, first, { latitude: 51.5 + 200 / 110_574, longitude: -0.12 + 100 / (111_320 * Math.cos((51.5 * Math.PI) / 180)) });
    expect(moved.x).toBeCloseTo(1_100, 6);
    expect(moved.y).toBeCloseTo(800, 6);
  });

  it('keeps a device that wandered off the plan at the city’s edge', () => {
    expect(onCityPlan({ x: 100, y: 100 }, first, { latitude: 51.6, longitude: -0.5 })).toEqual({ x: 0, y: 0 });
  });
});

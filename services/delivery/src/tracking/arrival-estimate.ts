import type { DeliveryStatus } from '@tiffin/contracts';
import { courierMetresPerSecond, rideDistance, type Point } from '@tiffin/demo-city';

/** Lights, traffic, a wrong turn: the slow ride the latest time allows for (under 11 km/h). */
export const slowCourierMetresPerSecond = 3;
/** From the kerb to the customer's hands. */
export const handOverMinutes = { usual: 1, longest: 3 };
/** Before any courier has taken the delivery: finding one and their ride to the restaurant. */
export const courierToRestaurantMinutes = { usual: 5, longest: 12 };
/** Kitchens run late: the latest time gives the food this share of its preparation time more, and at least 3 minutes. */
export const kitchenOverrunShare = 0.25;
export const kitchenOverrunAtLeastMinutes = 3;

export interface ArrivalInputs {
  now: Date;
  status: DeliveryStatus;
  pickup: Point;
  dropOff: Point;
  /** The courier's latest reported position, if their screen reported one. */
  courierAt: Point | null;
  /** What the kitchen said: when the food was ready, or when it expects it to be, and the preparation time that counts. */
  food: { readyAt: Date | null; readyBy: Date | null; preparationMinutes: number | null };
  deliveredAt: Date | null;
}

export interface ArrivalTimes {
  estimate: Date;
  latest: Date;
}

const minutes = (n: number) => n * 60_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const latestOf = (...times: Date[]) => new Date(Math.max(...times.map((time) => time.getTime())));
const rideMs = (metres: number, metresPerSecond: number) => (metres / metresPerSecond) * 1000;

/**
 * When the food should reach the customer's door, and when at the latest: the food is picked up once
 * it is ready (the kitchen's estimate, from its preparation times) and the courier has reached the
 * restaurant, whichever comes last, then ridden to the door along the roads. Null with nothing to go
 * by (the kitchen has not accepted the order yet) and for a cancelled delivery.
 */
export function arrivalTimes(input: ArrivalInputs): ArrivalTimes | null {
  const { now, status, pickup, dropOff, courierAt, food } = input;
  if (status === 'CANCELLED') return null;
  if (status === 'DELIVERED') return input.deliveredAt ? { estimate: input.deliveredAt, latest: input.deliveredAt } : null;

  const rideToDoor = (from: Point) => rideDistance(from, dropOff);
  if (status === 'PICKED_UP') {
    const metres = rideToDoor(courierAt ?? pickup);
    return {
      estimate: later(now, rideMs(metres, courierMetresPerSecond) + minutes(handOverMinutes.usual)),
      latest: later(now, rideMs(metres, slowCourierMetresPerSecond) + minutes(handOverMinutes.longest)),
    };
  }

  const ready = food.readyAt ?? food.readyBy;
  if (!ready) return null;
  const overrun = food.readyAt ? 0 : minutes(Math.max(kitchenOverrunAtLeastMinutes, kitchenOverrunShare * (food.preparationMinutes ?? 0)));
  // A courier who has taken it and said where they are rides from there; otherwise one is still to come.
  const toRestaurant =
    status === 'ASSIGNED' && courierAt
      ? { usual: rideMs(rideDistance(courierAt, pickup), courierMetresPerSecond), longest: rideMs(rideDistance(courierAt, pickup), slowCourierMetresPerSecond) }
      : { usual: minutes(courierToRestaurantMinutes.usual), longest: minutes(courierToRestaurantMinutes.longest) };
  const pickedUp = latestOf(ready, later(now, toRestaurant.usual), now);
  const pickedUpAtLatest = latestOf(later(ready, overrun), later(now, toRestaurant.longest), now);
  const metres = rideToDoor(pickup);
  return {
    estimate: later(pickedUp, rideMs(metres, courierMetresPerSecond) + minutes(handOverMinutes.usual)),
    latest: later(pickedUpAtLatest, rideMs(metres, slowCourierMetresPerSecond) + minutes(handOverMinutes.longest)),
  };
}

import type { DeliveryStatus } from '@tiffin/contracts';
import { courierMetresPerSecond, placeAddress, pointAlong, ride, type Point } from '@tiffin/demo-city';

/** The demo courier rides this road from `startedAt` on, at a courier's pace, and waits at its end. */
export interface SimulatedRide {
  route: Point[];
  startedAt: number;
}

/** Where a demo courier starts their shift: a place of their own in the city, the same every time. */
export function shiftStart(courierId: string): Point {
  return placeAddress(`courier ${courierId}`);
}

/** The ride a courier has ahead from `from`: to the restaurant until they have the food, then to the door. */
export function rideAhead(status: DeliveryStatus, from: Point, pickupAddress: string, deliveryAddress: string): Point[] {
  return ride(from, placeAddress(status === 'PICKED_UP' ? deliveryAddress : pickupAddress));
}

/** Where the demo courier is at `now` on their ride. */
export function positionOnRide({ route, startedAt }: SimulatedRide, now: number): Point {
  return pointAlong(route, (Math.max(0, now - startedAt) / 1000) * courierMetresPerSecond);
}

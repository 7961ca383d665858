import { useEffect, useRef, useState } from 'react';
import type { Delivery } from '@tiffin/contracts';
import type { Point } from '@tiffin/demo-city';
import { useSlice } from '@tiffin/slice-kit';
import { reportPosition } from '../api/reportPosition';
import { onCityPlan, type DeviceFix } from './deviceLocation';
import { positionOnRide, rideAhead, shiftStart } from './simulatedRide';

/** The customer's map moves at least this often while the courier rides. */
export const sharingEveryMs = 1_000;

export type LocationSource = 'simulated' | 'device';

export interface LocationSharing {
  source: LocationSource;
  /** The device can say where it is (the browser has geolocation). */
  deviceAvailable: boolean;
  use(source: LocationSource): void;
  /** Why the last position did not reach the customer, if it did not. */
  problem: string | null;
}

/**
 * Tells the customer where the courier is, about once a second, while they carry `delivery` out: by
 * default a simulated ride (the demo: along the roads to the restaurant, then to the door, at a
 * courier's pace), or this device's own location. Continues from wherever the map last saw them.
 */
export function useLocationSharing(delivery: Delivery): LocationSharing {
  const { bff, session } = useSlice();
  // Only a courier's board shares a location (CourierDeliveryCard); anyone else would start from their account's place.
  const courierId = session.identity.role === 'courier' ? session.identity.courierId : session.identity.accountId;
  const [source, setSource] = useState<LocationSource>('simulated');
  const [problem, setProblem] = useState<string | null>(null);
  const lastAt = useRef<Point | null>(null);
  const { id: deliveryId, status, pickupAddress, deliveryAddress } = delivery;

  useEffect(() => {
    let stopped = false;
    const share = (at: Point) => {
      lastAt.current = at;
      reportPosition(bff, deliveryId, at).then(
        () => !stopped && setProblem(null),
        () => !stopped && setProblem('Your position could not be shared just now; it is sent again in a moment.'),
      );
    };
    const from = lastAt.current ?? shiftStart(courierId);
    if (source === 'simulated') {
      const simulated = { route: rideAhead(status, from, pickupAddress, deliveryAddress), startedAt: Date.now() };
      share(positionOnRide(simulated, Date.now()));
      const timer = setInterval(() => share(positionOnRide(simulated, Date.now())), sharingEveryMs);
      return () => {
        stopped = true;
        clearInterval(timer);
      };
    }
    let first: DeviceFix | undefined;
    let latest: Point = from;
    const watch = navigator.geolocation.watchPosition(
      ({ coords }) => {
        first ??= coords;
        latest = onCityPlan(from, first, coords);
      },
      () => setProblem('This device does not say where it is: allow location for Tiffin, or use the simulated ride.'),
      { enableHighAccuracy: true },
    );
    // A device standing still says nothing new; the customer's map still hears from it every second.
    const timer = setInterval(() => share(latest), sharingEveryMs);
    return () => {
      stopped = true;
      navigator.geolocation.clearWatch(watch);
      clearInterval(timer);
    };
  }, [bff, deliveryId, status, pickupAddress, deliveryAddress, courierId, source]);

  return { source, deviceAvailable: typeof navigator !== 'undefined' && 'geolocation' in navigator, use: setSource, problem };
}

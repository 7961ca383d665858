import type { DeliveryTracking, DeliveryTrackingNow, TrackedPosition } from '@tiffin/contracts';

/**
 * The tracking as the page shows it, from its first read and each change pushed after it: a position
 * joins the ride so far once (a stream that resumes may send one again) and in order; where things
 * are now is taken only if it is newer than what the page has.
 */
export function withPosition(tracking: DeliveryTracking, position: TrackedPosition): DeliveryTracking {
  if (tracking.trail.some((known) => known.seq === position.seq)) return tracking;
  const trail = [...tracking.trail, position].sort((a, b) => a.seq - b.seq);
  const courier = !tracking.courier || position.seq > tracking.courier.seq ? position : tracking.courier;
  return { ...tracking, trail, courier };
}

export function withNow(tracking: DeliveryTracking, now: DeliveryTrackingNow): DeliveryTracking {
  return now.seq < tracking.seq ? tracking : { ...tracking, ...now };
}

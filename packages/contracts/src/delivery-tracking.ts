import { z } from 'zod';
import { cityHeightMetres, cityWidthMetres } from '@tiffin/demo-city';
import { id } from './common';
import { delivery } from './delivery';

/** A place in the demo city, in metres from its north-west corner (see @tiffin/demo-city). */
export const cityPoint = z.object({
  x: z.number().min(0, `must be within the demo city (0 to ${cityWidthMetres} m)`).max(cityWidthMetres, `must be within the demo city (0 to ${cityWidthMetres} m)`),
  y: z.number().min(0, `must be within the demo city (0 to ${cityHeightMetres} m)`).max(cityHeightMetres, `must be within the demo city (0 to ${cityHeightMetres} m)`),
});
export type CityPoint = z.infer<typeof cityPoint>;

/** The road an order takes to the customer's door, from the kitchen to the courier, in its order. */
export const trackingSteps = ['confirmed', 'accepted', 'preparing', 'ready', 'assigned', 'picked-up', 'delivered'] as const;
export const trackingStep = z.enum(trackingSteps);
export type TrackingStep = z.infer<typeof trackingStep>;

/** One position the courier's screen reported, numbered with the tracking's changes. */
export const trackedPosition = z.object({
  seq: z.number().int().positive(),
  at: cityPoint,
  reportedAt: z.iso.datetime(),
});
export type TrackedPosition = z.infer<typeof trackedPosition>;

/**
 * When the food should be at the door (`estimate`) and when at the latest (`latest`), from the
 * kitchen's preparation times and the ride; null until the kitchen has accepted the order (nothing to
 * go by before), and once the delivery is cancelled.
 */
export const arrivalWindow = z.object({ estimate: z.iso.datetime(), latest: z.iso.datetime() });
export type ArrivalWindow = z.infer<typeof arrivalWindow>;

/** Where a delivery is now: every step with its time, the two ends of the ride, the courier and the arrival. */
export const deliveryTrackingNow = z.object({
  delivery,
  steps: z.array(z.object({ step: trackingStep, at: z.iso.datetime().nullable() })),
  pickup: cityPoint,
  dropOff: cityPoint,
  /** The courier's latest reported position; null until their screen reports one. */
  courier: trackedPosition.nullable(),
  arrival: arrivalWindow.nullable(),
  /** The number of the tracking's latest change: the live stream resumes after it. */
  seq: z.number().int().nonnegative(),
});
export type DeliveryTrackingNow = z.infer<typeof deliveryTrackingNow>;

/**
 * delivery service and delivery BFF: GET /deliveries/:deliveryId/tracking, where it is now and every
 * position the courier reported, oldest first (the map draws the ride so far).
 */
export const deliveryTracking = deliveryTrackingNow.extend({ trail: z.array(trackedPosition) });
export type DeliveryTracking = z.infer<typeof deliveryTracking>;

/**
 * GET /deliveries/:deliveryId/live (server-sent events, `id:` the change number; Last-Event-ID or
 * ?after= resumes): a `position` for each position reported, then `tracking` with where it is now. A
 * client that comes back first gets every position it missed, then where things are.
 */
export const trackingEvents = { position: 'position', tracking: 'tracking' } as const;

/** delivery BFF: POST /courier/deliveries/:deliveryId/position, where the courier's screen is now. */
export const courierPosition = cityPoint;
/** delivery service: the same, with the courier the edge vouched for. */
export const courierPositionReport = cityPoint.extend({ courierId: id });

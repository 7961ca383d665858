import { z } from 'zod';
import { authorizationStatus } from './accounting';
import { cents } from './common';
import { delivery } from './delivery';
import { menuItem, restaurantSummary } from './catalog';
import { order } from './order';
import { orderPlacement } from './order-placement';

/** The parts of an order's details that other services own; each may be missing when its owner is down. */
export const orderDetailsParts = ['restaurant', 'delivery', 'payment'] as const;
export type OrderDetailsPart = (typeof orderDetailsParts)[number];

/**
 * Where the customer's money for an order is (accounting owns it): held, charged, refunded, released
 * or declined, and the amount that status is about (what is held, was charged, was refunded).
 */
export const orderPayment = z.object({
  status: authorizationStatus,
  amountCents: cents,
  /** Why the card was declined, as the customer reads it. */
  declineReason: z.string().nullable(),
});
export type OrderPayment = z.infer<typeof orderPayment>;

/** A part that could not be fetched, said so that the customer knows what is missing and that the order is fine. */
export const orderDetailsNotice = z.object({ part: z.enum(orderDetailsParts), message: z.string() });
export type OrderDetailsNotice = z.infer<typeof orderDetailsNotice>;

/**
 * order BFF: GET /orders/:orderId/details, the order composed with what other services know of it.
 * `restaurant` carries only the ordered dishes; `delivery` and `payment` are null until they exist
 * (before approval), and any part is null when its service could not answer, with a notice naming it.
 */
export const orderDetails = z.object({
  order,
  restaurant: restaurantSummary.extend({ dishes: z.array(menuItem) }).nullable(),
  delivery: delivery.nullable(),
  payment: orderPayment.nullable(),
  /** How the order is being placed, step by step (the create-order saga); null if it could not be read. */
  placement: orderPlacement.nullable(),
  notices: z.array(orderDetailsNotice),
});
export type OrderDetails = z.infer<typeof orderDetails>;

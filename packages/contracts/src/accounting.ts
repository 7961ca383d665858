import { z } from 'zod';
import { cents, id } from './common';
import { freeText } from './text';

/**
 * What became of the customer's card for an order, as a shop takes payment: AUTHORIZED holds the
 * amount (at order); CAPTURED charged it (at delivery); REFUNDED gave the charge back; REVERSED
 * released the hold before any charge (cancel, rejection, or an authorisation refused because it came
 * after its reversal); DECLINED never held anything.
 */
export const authorizationStatus = z.enum(['AUTHORIZED', 'CAPTURED', 'REFUNDED', 'REVERSED', 'DECLINED']);
export type AuthorizationStatus = z.infer<typeof authorizationStatus>;

export const cardAuthorization = z.object({
  id,
  orderId: id,
  /** Null only on a reversal that came before its authorisation: nothing was ever held. */
  consumerId: id.nullable(),
  cardId: id.nullable(),
  /** What was asked to be held on the card. */
  amountCents: cents,
  status: authorizationStatus,
  /** Why the card was declined, as the customer reads it. */
  declineReason: z.string().nullable(),
  /** What was charged, and when; null until captured. */
  capturedCents: cents.nullable(),
  capturedAt: z.iso.datetime().nullable(),
  /** What was given back, when and why; null unless refunded. */
  refundedCents: cents.nullable(),
  refundedAt: z.iso.datetime().nullable(),
  refundReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CardAuthorization = z.infer<typeof cardAuthorization>;

/** accounting service: GET /orders/:orderId/authorization, POST /orders/:orderId/refund */
export const authorizationParams = z.object({ orderId: id });

/** Body of POST /orders/:orderId/refund on accounting: why the charge is given back, kept with it. */
export const refundRequest = z.object({ reason: freeText().trim().min(1).max(500) });
export type RefundRequest = z.infer<typeof refundRequest>;

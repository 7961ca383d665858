import { z } from 'zod';
import { cents, id } from './common';

/**
 * AUTHORIZED holds the amount on the card; DECLINED never held anything; REVERSED released the hold
 * (or refused an authorisation that came after its reversal).
 */
export const authorizationStatus = z.enum(['AUTHORIZED', 'DECLINED', 'REVERSED']);
export type AuthorizationStatus = z.infer<typeof authorizationStatus>;

export const cardAuthorization = z.object({
  id,
  orderId: id,
  /** Null only on a reversal that came before its authorisation: nothing was ever held. */
  consumerId: id.nullable(),
  cardId: id.nullable(),
  amountCents: cents,
  status: authorizationStatus,
  /** Why the card was declined, as the customer reads it. */
  declineReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CardAuthorization = z.infer<typeof cardAuthorization>;

/** accounting service: GET /orders/:orderId/authorization */
export const authorizationParams = z.object({ orderId: id });

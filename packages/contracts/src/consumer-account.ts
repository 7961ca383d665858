import { z } from 'zod';
import { id } from './common';

/** A card on a customer's account. Only what a customer may be shown: never the number, never the token. */
export const paymentCard = z.object({
  id,
  brand: z.string(),
  last4: z.string().regex(/^\d{4}$/),
  expiryMonth: z.number().int().min(1).max(12),
  expiryYear: z.number().int(),
  /** What the customer calls it: "Personal Visa". */
  label: z.string(),
  /**
   * Past its expiry month, by the consumer service's clock: shown so the customer recognises it, but
   * an order paid with it is rejected, so checkout does not offer it.
   */
  expired: z.boolean(),
});
export type PaymentCard = z.infer<typeof paymentCard>;
/** order BFF: GET /payment-cards, the signed-in customer's cards. */
export const paymentCardList = z.array(paymentCard);

/** consumer service: GET /consumers/:consumerId */
export const consumerAccount = z.object({
  id,
  name: z.string(),
  email: z.string(),
  cards: z.array(paymentCard),
});
export type ConsumerAccount = z.infer<typeof consumerAccount>;
export const consumerParams = z.object({ consumerId: id });

/**
 * The customer every browser orders as until sign-in exists: a seeded demo customer of the consumer
 * service, with a card that is authorised and one its bank always declines. Interim, replaced by sign-in.
 */
export const guestCustomer = {
  consumerId: '5c0e1f8e-3b7a-4c52-9d1e-6f2a8b4c7d10',
  displayName: 'Guest',
  cards: { everyday: '0c6f4a0e-2f61-4b8e-9a57-3c1d2e4f5a61', alwaysDeclined: '7d2b9e14-6a3c-4f05-8b1e-9c0d4e5f6a72' },
} as const;

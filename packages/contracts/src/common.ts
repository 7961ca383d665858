import { z } from 'zod';

export const id = z.uuid();

/** Money is always whole minor units (cents) so sums never drift. */
export const cents = z.number().int().nonnegative();

export const currency = 'USD';

/**
 * Machine-readable reasons a problem may carry, so a slice can choose the customer's words while
 * `message` stays what a developer reads. A caller must expect codes it does not know yet.
 */
export const problemCodes = {
  /** The order names a restaurant the order service never heard of. */
  restaurantUnknown: 'RESTAURANT_UNKNOWN',
  /** The restaurant is closed; `subject` is its name. */
  restaurantClosed: 'RESTAURANT_CLOSED',
  /** A dish is not on the restaurant's menu (any more); `subject` is the restaurant's name. */
  dishNotOnMenu: 'DISH_NOT_ON_MENU',
  /** A dish is sold out; `subject` is the dish's name. */
  dishSoldOut: 'DISH_SOLD_OUT',
  /** A dish's price or availability is not what the customer saw; `changedLines` says which. */
  priceChanged: 'PRICE_CHANGED',
  /** A service behind the BFF could not answer; the message says which part of Tiffin in plain words. */
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
} as const;
export type ProblemCode = (typeof problemCodes)[keyof typeof problemCodes];

/** One line of an order that was not placed because the menu changed since the customer saw it. */
export const priceChange = z.object({
  menuItemId: id,
  name: z.string(),
  /** The price the customer saw (the cart's). */
  seenPriceCents: cents,
  /** The menu's price now. */
  priceCents: cents,
  /** False when the dish is sold out now: it cannot be ordered at any price. */
  available: z.boolean(),
});
export type PriceChange = z.infer<typeof priceChange>;

/** Body of every 4xx/5xx answer: `message` names the field and the rule that failed. */
export const problem = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  correlationId: z.string().optional(),
  /** One of problemCodes, when the problem is one a caller may want to word or act on itself. */
  code: z.string().optional(),
  /** What the code is about, by the name a customer knows: "Golden Lotus Dim Sum", "Seasonal Uni Don". */
  subject: z.string().optional(),
  /** With PRICE_CHANGED: every line whose price or availability is not what the customer saw. */
  changedLines: z.array(priceChange).optional(),
});
export type Problem = z.infer<typeof problem>;
/** What a problem says beyond its status and message. */
export type ProblemDetails = Pick<Problem, 'subject' | 'changedLines'> & { code?: ProblemCode };

/** Header that carries the signed-in customer from the shell through a BFF to the services. */
export const consumerHeader = 'x-tiffin-consumer-id';
/** Header that makes POST /orders safe to retry: the same key returns the same order. */
export const idempotencyHeader = 'idempotency-key';
/** Header that ties one user action to every log line and message it causes. */
export const correlationHeader = 'x-correlation-id';

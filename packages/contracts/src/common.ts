import { z } from 'zod';

export const id = z.uuid();

/** Money is always whole minor units (cents) so sums never drift. */
export const cents = z.number().int().nonnegative();

export const currency = 'USD';

/** Body of every 4xx/5xx answer: `message` names the field and the rule that failed. */
export const problem = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  correlationId: z.string().optional(),
});
export type Problem = z.infer<typeof problem>;

/** Header that carries the signed-in customer from the shell through a BFF to the services. */
export const consumerHeader = 'x-tiffin-consumer-id';
/** Header that makes POST /orders safe to retry: the same key returns the same order. */
export const idempotencyHeader = 'idempotency-key';
/** Header that ties one user action to every log line and message it causes. */
export const correlationHeader = 'x-correlation-id';

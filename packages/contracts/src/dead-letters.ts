import { z } from 'zod';

/** One dead letter as GET /admin/dead-letters lists it (see DeadLetterSummary in @tiffin/broker). */
export const deadLetterSummary = z.object({
  id: z.string(),
  messageId: z.string().nullable(),
  type: z.string().nullable(),
  reason: z.enum(['handler-failed', 'malformed']),
  attempts: z.number().int(),
  error: z.string(),
  deadAt: z.string(),
});

/** GET /admin/dead-letters/:consumer/:id: the letter, its body as received, and that body parsed when it is JSON. */
export const deadLetterDetail = deadLetterSummary.extend({ body: z.string(), message: z.unknown().nullable() });

export const consumerDeadLetters = z.object({
  consumer: z.string(),
  /** All the consumer's dead letters, even when `letters` lists fewer (see the limit). */
  count: z.number().int(),
  letters: z.array(deadLetterSummary),
});

/** GET /admin/dead-letters: every consumer of the service, those without dead letters included. */
export const serviceDeadLetters = z.object({ service: z.string(), consumers: z.array(consumerDeadLetters) });

/** The most letters listed per consumer: the embedded broker keeps 1000 per consumer anyway. */
export const maxDeadLettersListed = 1000;
export const deadLetterListQuery = z.object({
  // Parsed by hand, not coerced: slices bundle these contracts and get only the part of zod the shell provides.
  limit: z
    .string()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1).max(maxDeadLettersListed))
    .default(100),
});
export const deadLetterConsumerParams = z.object({ consumer: z.string().min(1) });
export const deadLetterParams = deadLetterConsumerParams.extend({ id: z.string().min(1) });
export const deadLetterReplayed = z.object({ consumer: z.string(), id: z.string(), replayed: z.literal(true) });

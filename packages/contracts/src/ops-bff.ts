import { z } from 'zod';
import { deadLetterSummary } from './dead-letters';
import { freeText } from './text';

/**
 * The ops BFF's API, as the operations slice reads it. Sagas, their timelines and the audit log pass
 * through unchanged (`sagaList`, `sagaDetail` in sagas.ts, `auditEntry` in audit.ts).
 */

const serviceName = z.string().regex(/^[a-z][a-z-]*$/, 'must be a service name').max(50);

/** GET /sagas: the order service's search, as the list's filters put it. */
export const opsSagaSearch = z.object({
  orderId: z.string().optional(),
  consumerId: z.string().optional(),
  restaurantId: z.string().optional(),
  state: z.enum(['running', 'succeeded', 'compensated']).optional(),
  stuck: z.enum(['true', 'false']).optional(),
  olderThanSeconds: z.string().regex(/^\d{1,7}$/, 'must be a whole number of seconds').optional(),
  cursor: z.string().max(500).optional(),
});
export type OpsSagaSearch = z.infer<typeof opsSagaSearch>;

/** POST /sagas/:sagaId/abandon: why the operator gives up on the step (the customer reads it). */
export const abandonSagaRequest = z.object({ reason: freeText().trim().min(1, 'say why, in words the customer can read').max(200) });

/** One dead letter of any service, with where it lies. */
export const opsDeadLetter = deadLetterSummary.extend({ service: z.string(), consumer: z.string() });
export type OpsDeadLetter = z.infer<typeof opsDeadLetter>;

/** GET /dead-letters: every service's letters in one list; a service that did not answer is named, not hidden. */
export const opsDeadLetters = z.object({
  letters: z.array(opsDeadLetter),
  /** Letters each consumer holds in all, even when the list shows fewer. */
  counts: z.array(z.object({ service: z.string(), consumer: z.string(), count: z.number().int() })),
  unreachable: z.array(z.object({ service: z.string(), message: z.string() })),
});
export type OpsDeadLetters = z.infer<typeof opsDeadLetters>;

export const opsDeadLetterQuery = z.object({
  service: serviceName.optional(),
  consumer: z.string().max(100).optional(),
  type: z.string().max(100).optional(),
  /** Part of the error, any case. */
  error: z.string().max(200).optional(),
});

/** A dead letter as the operator picks it: which service, which consumer, which letter. */
export const deadLetterRef = z.object({ service: serviceName, consumer: z.string().min(1).max(100), id: z.string().min(1).max(100) });
export type DeadLetterRef = z.infer<typeof deadLetterRef>;

/** POST /dead-letters/replay: up to 100 letters in one action. */
export const replayDeadLettersRequest = z.object({ letters: z.array(deadLetterRef).min(1, 'pick at least one letter').max(100) });
/** POST /dead-letters/discard: the letters, and why they may go. */
export const discardDeadLettersRequest = replayDeadLettersRequest.extend({
  reason: freeText().trim().min(1, 'say why these letters may be discarded').max(500),
});

export const opsDeadLetterParams = z.object({ service: serviceName, consumer: z.string().min(1).max(100), id: z.string().min(1).max(100) });

/** Each part of Tiffin as the overview shows it: up or down, and what its health said. */
export const opsPart = z.object({
  name: z.string(),
  kind: z.enum(['service']),
  up: z.boolean(),
  /** What is wrong when it is down ("the broker is not connected", or that it did not answer). */
  problem: z.string().nullable(),
  /** Whether its broker connection is up, when it has one. */
  brokerConnected: z.boolean().nullable(),
});
export const opsOverview = z.object({ parts: z.array(opsPart), checkedAt: z.iso.datetime() });
export type OpsOverview = z.infer<typeof opsOverview>;

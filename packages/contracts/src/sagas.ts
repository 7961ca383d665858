import { z } from 'zod';
import { id } from './common';

/** One saga instance in GET /sagas (order service): where it is and how long it has taken. */
export const sagaSummary = z.object({
  id,
  type: z.string(),
  state: z.string(),
  /** The step under way, or the last one once the saga ended. */
  step: z.string().nullable(),
  /** Participants of that step that have not answered yet. */
  awaiting: z.array(z.string()),
  failureReason: z.string().nullable(),
  deadlineAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** From start to end; null while it runs. */
  durationMs: z.number().int().nullable(),
  /** Who and where, for the sagas that are about an order: what an operator searches by. */
  consumerId: id.nullable(),
  restaurantId: id.nullable(),
  /** Why a running saga looks stuck (past its step's deadline, or no progress for a while), since when; null if it does not. */
  stuck: z.object({ reason: z.string(), since: z.iso.datetime() }).nullable(),
});

export const sagaList = z.object({
  sagas: z.array(sagaSummary),
  /** Pass as ?cursor= for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
});

const at = z.iso.datetime();

export const sagaStep = z.object({
  index: z.number().int(),
  name: z.string(),
  state: z.enum(['not reached', 'under way', 'done', 'failed', 'compensated']),
  startedAt: at.nullable(),
  endedAt: at.nullable(),
  durationMs: z.number().int().nullable(),
  participants: z.array(
    z.object({
      name: z.string(),
      command: z.string().nullable(),
      commandMessageId: z.string().nullable(),
      sentAt: at.nullable(),
      resentAt: at.nullable(),
      reply: z.string().nullable(),
      replyMessageId: z.string().nullable(),
      repliedAt: at.nullable(),
      waitedMs: z.number().int().nullable(),
    }),
  ),
  error: z.string().nullable(),
  compensatedAt: at.nullable(),
  ignoredReplies: z.array(z.object({ at, detail: z.string() })),
});

/** GET /sagas/:id: the saga, its data, its steps with timings, compensations and errors, and the raw history. */
export const sagaDetail = sagaSummary.extend({
  /** The W3C trace the saga started in (its order's request), for GET /traces/:traceId on the ops BFF; null if it was not traced. */
  traceId: z.string().nullable(),
  data: z.unknown(),
  steps: z.array(sagaStep),
  compensations: z.array(z.object({ step: z.string(), at, messageId: z.string().nullable() })),
  errors: z.array(z.object({ step: z.string(), at, error: z.string() })),
  history: z.array(
    z.object({ at, step: z.string(), event: z.string(), detail: z.string().optional(), messageId: z.string().optional(), traceId: z.string().optional() }),
  ),
});

export const sagaParams = z.object({ sagaId: id });

/** POST /sagas/:sagaId/retry and /abandon (order service, operators): the repair was made. */
export const sagaActionDone = z.object({ sagaId: id, action: z.enum(['retry', 'abandon']) });

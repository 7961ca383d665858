import { z } from 'zod';
import { id } from './common';
import { freeText, idempotencyKey } from './text';

/** What an operator can do to a running installation; each is recorded before it is done. */
export const auditAction = z.enum(['retry-saga', 'abandon-saga', 'cancel-order', 'replay-dead-letters', 'discard-dead-letters']);
export type AuditAction = z.infer<typeof auditAction>;

/** `under way` until the action's outcome is recorded: an entry left so says the action may or may not have happened. */
export const auditOutcome = z.enum(['under way', 'done', 'failed']);
export type AuditOutcome = z.infer<typeof auditOutcome>;

const at = z.iso.datetime();

/** One action: who asked, when, what, on what, and how it ended. */
export const auditEntry = z.object({
  id,
  /** The action's idempotency key: the same key is the same action, done once. */
  key: z.string(),
  actor: z.object({ accountId: id, displayName: z.string() }),
  action: auditAction,
  /** What it was done to, e.g. "saga 5d1c…" or "3 dead letters of kitchen.tickets". */
  target: z.string(),
  /** Why, in the operator's words (a reason they gave), when there is one. */
  detail: z.string().nullable(),
  outcome: auditOutcome,
  /** What the outcome was, e.g. "replayed 3 of 3", or the error that stopped it. */
  outcomeDetail: z.string().nullable(),
  requestedAt: at,
  finishedAt: at.nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** audit service: POST /audit-entries (the actor is the operator whose signed identity calls). */
export const newAuditEntry = z.object({
  key: idempotencyKey,
  action: auditAction,
  target: freeText().trim().min(1).max(300),
  detail: freeText().trim().max(1000).nullable().default(null),
});
export type NewAuditEntry = z.input<typeof newAuditEntry>;

/** audit service: PATCH /audit-entries/:entryId, once the action has ended. */
export const auditEntryEnded = z.object({ outcome: z.enum(['done', 'failed']), outcomeDetail: freeText().max(1000).nullable().default(null) });
export type AuditEntryEnded = z.input<typeof auditEntryEnded>;

/** POST /audit-entries answers the entry, and whether this call made it (false: the key was used before). */
export const auditRecording = z.object({ entry: auditEntry, created: z.boolean() });

export const auditEntryParams = z.object({ entryId: id });
export const auditListQuery = z.object({
  // Parsed by hand, not coerced: slices share these contracts and get only the part of zod the shell provides.
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1).max(200))
    .optional()
    .transform((limit) => limit ?? 50),
});
export const auditList = z.object({ entries: z.array(auditEntry) });

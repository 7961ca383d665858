import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idempotencyHeader, idempotencyKey } from '@tiffin/contracts';
import { auditEntry, auditRecording, type AuditAction, type AuditEntry } from '@tiffin/contracts/audit';
import type { ServiceClient } from '@tiffin/http-kit';
import { onBehalf } from './on-behalf';

/** Every action route asks for the key that makes it one action, however often it is sent. */
export const actionHeaders = z.looseObject({
  [idempotencyHeader]: z
    .string({ error: (issue) => (issue.input === undefined ? 'required: a key that stays the same when the action is sent again' : undefined) })
    .pipe(idempotencyKey),
});

export interface AuditedAction {
  action: AuditAction;
  /** What it is done to, as the audit log shows it. */
  target: string;
  /** The operator's reason, when they gave one. */
  detail?: string;
  /** Carries the action out; what it answers is the entry's outcome detail. */
  run: () => Promise<string>;
}

/**
 * An operator's action, written to the audit log before it is carried out and finished with its
 * outcome after. The same idempotency key again finds the first entry and does nothing more: an
 * action is done once however often it is sent. A failure is recorded, then answered as it came.
 */
export async function audited(request: FastifyRequest, audit: ServiceClient, action: AuditedAction): Promise<AuditEntry> {
  const key = String(request.headers[idempotencyHeader]);
  const { entry, created } = await audit.post(
    '/audit-entries',
    { key, action: action.action, target: action.target, detail: action.detail ?? null },
    auditRecording,
    onBehalf(request),
  );
  if (!created) return entry;
  let outcome: { outcome: 'done' | 'failed'; outcomeDetail: string };
  let failure: unknown;
  try {
    outcome = { outcome: 'done', outcomeDetail: await action.run() };
  } catch (error) {
    failure = error;
    outcome = { outcome: 'failed', outcomeDetail: (error as Error).message };
  }
  const ended = await audit.patch(`/audit-entries/${entry.id}`, outcome, auditEntry, onBehalf(request));
  if (failure !== undefined) throw failure;
  return ended;
}

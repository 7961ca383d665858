import { desc } from 'drizzle-orm';
import { problem } from '@tiffin/contracts';
import { auditEntry, auditEntryEnded, auditEntryParams, auditList, auditListQuery, auditRecording, newAuditEntry } from '@tiffin/contracts/audit';
import { NotFoundError, identityOf, type HttpApp } from '@tiffin/http-kit';
import type { AuditContext } from '../context';
import { auditEntries } from '../db/schema';
import { endEntry } from '../entries/end-entry';
import { entryOf } from '../entries/entry-rows';
import { recordEntry } from '../entries/record-entry';

/**
 * The audit log, in the operator scope: the actor of an entry is the operator whose signed identity
 * made the call, never a name in the body.
 */
export function auditEntryRoutes(app: HttpApp, context: AuditContext): void {
  app.post(
    '/audit-entries',
    { schema: { body: newAuditEntry, response: { 200: auditRecording, 201: auditRecording, 400: problem } } },
    async (request, reply) => {
      const who = identityOf(request);
      const recording = await recordEntry(context.db, { accountId: who.accountId, displayName: who.displayName }, request.body);
      return reply.code(recording.created ? 201 : 200).send(recording);
    },
  );

  app.patch(
    '/audit-entries/:entryId',
    { schema: { params: auditEntryParams, body: auditEntryEnded, response: { 200: auditEntry, 400: problem, 404: problem } } },
    async (request) => {
      const ended = await endEntry(context.db, request.params.entryId, request.body);
      if (!ended) throw new NotFoundError(`audit entry ${request.params.entryId} does not exist`);
      return ended;
    },
  );

  app.get('/audit-entries', { schema: { querystring: auditListQuery, response: { 200: auditList, 400: problem } } }, async (request) => {
    const rows = await context.db.select().from(auditEntries).orderBy(desc(auditEntries.requestedAt), desc(auditEntries.id)).limit(request.query.limit);
    return { entries: rows.map(entryOf) };
  });
}

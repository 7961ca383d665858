import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { problem } from '@tiffin/contracts';
import { auditEntry, auditEntryParams, newAuditEntry, type AuditEntry } from '@tiffin/contracts/audit';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { AuditContext } from '../context';
import { entries } from '../db/schema';

const shown = (row: typeof entries.$inferSelect): AuditEntry => ({ ...row, createdAt: row.createdAt.toISOString() });

export function entryRoutes(app: HttpApp, context: AuditContext): void {
  app.post('/entries', { schema: { body: newAuditEntry, response: { 201: auditEntry, 400: problem } } }, async (request, reply) => {
    const [row] = await context.db.insert(entries).values({ id: randomUUID(), title: request.body.title }).returning();
    return reply.code(201).send(shown(row!));
  });
  app.get('/entries/:entryId', { schema: { params: auditEntryParams, response: { 200: auditEntry, 400: problem, 404: problem } } }, async (request) => {
    const [row] = await context.db.select().from(entries).where(eq(entries.id, request.params.entryId));
    if (!row) throw new NotFoundError(`entry ${request.params.entryId} does not exist`);
    return shown(row);
  });
}

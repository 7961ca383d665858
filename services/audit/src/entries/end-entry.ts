import { and, eq } from 'drizzle-orm';
import type { AuditEntry, AuditEntryEnded } from '@tiffin/contracts/audit';
import type { AuditDb } from '../context';
import { auditEntries } from '../db/schema';
import { entryOf } from './entry-rows';

/**
 * Records how an action ended, once: an entry that has ended keeps its first outcome, so a retried
 * report cannot rewrite what happened. Undefined when there is no such entry.
 */
export async function endEntry(db: AuditDb, entryId: string, ended: Required<AuditEntryEnded>): Promise<AuditEntry | undefined> {
  const [updated] = await db
    .update(auditEntries)
    .set({ outcome: ended.outcome, outcomeDetail: ended.outcomeDetail, finishedAt: new Date() })
    .where(and(eq(auditEntries.id, entryId), eq(auditEntries.outcome, 'under way')))
    .returning();
  if (updated) return entryOf(updated);
  const [existing] = await db.select().from(auditEntries).where(eq(auditEntries.id, entryId));
  return existing && entryOf(existing);
}

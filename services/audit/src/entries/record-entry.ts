import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AuditEntry, NewAuditEntry } from '@tiffin/contracts/audit';
import type { AuditDb } from '../context';
import { auditEntries } from '../db/schema';
import { entryOf } from './entry-rows';

/**
 * Records that `actor` asks for an action, before it is carried out. The same key again is the same
 * action: its entry comes back as it stands (`created: false`), so the caller reports it instead of
 * acting twice.
 */
export async function recordEntry(
  db: AuditDb,
  actor: AuditEntry['actor'],
  asked: Required<NewAuditEntry>,
): Promise<{ entry: AuditEntry; created: boolean }> {
  const [made] = await db
    .insert(auditEntries)
    .values({ id: randomUUID(), key: asked.key, actor, action: asked.action, target: asked.target, detail: asked.detail, outcome: 'under way' })
    .onConflictDoNothing({ target: auditEntries.key })
    .returning();
  if (made) return { entry: entryOf(made), created: true };
  const [existing] = await db.select().from(auditEntries).where(eq(auditEntries.key, asked.key));
  if (!existing) throw new Error(`audit entry ${asked.key} vanished after it was written`);
  return { entry: entryOf(existing), created: false };
}

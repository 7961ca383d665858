import type { AuditEntry } from '@tiffin/contracts/audit';
import type { auditEntries } from '../db/schema';

export type AuditRow = typeof auditEntries.$inferSelect;

export const entryOf = (row: AuditRow): AuditEntry => ({
  ...row,
  requestedAt: row.requestedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

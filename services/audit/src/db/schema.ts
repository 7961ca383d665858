import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditAction, AuditEntry, AuditOutcome } from '@tiffin/contracts/audit';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Every action an operator took, written before it is carried out and finished after: an entry left
 * `under way` tells of an action interrupted half-way, never of one that was not recorded.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey(),
    /** The action's idempotency key: asking again with it finds this entry instead of acting twice. */
    key: text('key').notNull().unique(),
    actor: jsonb('actor').$type<AuditEntry['actor']>().notNull(),
    action: text('action').$type<AuditAction>().notNull(),
    target: text('target').notNull(),
    detail: text('detail'),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    outcomeDetail: text('outcome_detail'),
    requestedAt: at('requested_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
  },
  (table) => [index('audit_entries_requested_at_idx').on(table.requestedAt)],
);

export const auditSchema = { auditEntries };
export type AuditSchema = typeof auditSchema;

import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What the audit service keeps. */
export const entries = pgTable('entries', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const auditSchema = { entries };
export type AuditSchema = typeof auditSchema;

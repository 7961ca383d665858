import { pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** A service's own table, as the tests' stand-in for an orders or deliveries table. */
export const notes = pgTable('notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  body: text('body').notNull(),
});

export const notesSchema = { notes };

import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row per message a consumer has handled; its primary key is what makes redelivery harmless. */
export const receivedMessages = pgTable(
  'received_messages',
  {
    consumer: text('consumer').notNull(),
    messageId: uuid('message_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.consumer, table.messageId] }),
    // For pruning rows older than the window in which a message can still be redelivered.
    index('received_messages_received_at_idx').on(table.receivedAt),
  ],
);

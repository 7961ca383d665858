import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';

export const outboxStates = ['pending', 'published'] as const;
export type OutboxState = (typeof outboxStates)[number];

/** Messages written in the same transaction as the state change they announce, until the relay publishes them. */
export const outbox = pgTable(
  'outbox',
  {
    /** The message id, so a message can be enqueued only once. */
    id: uuid('id').primaryKey(),
    /**
     * Insertion order: rows enqueued in one transaction share `created_at` (now() is the
     * transaction's start), so the relay orders by this instead.
     */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    type: text('type').notNull(),
    /** The whole message, exactly as it will be published. */
    payload: jsonb('payload').$type<Message>().notNull(),
    state: text('state', { enum: outboxStates }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /**
     * Set while a relay is publishing the row: other relays pass over it until then, so no database
     * lock is held across the broker's confirms, and a relay that died mid-pass only delays the row.
     */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    check('outbox_state_check', sql`${table.state} in ('pending', 'published')`),
    // Partial: the relay only ever looks for pending rows, while published ones pile up.
    index('outbox_pending_idx').on(table.seq).where(sql`${table.state} = 'pending'`),
    // For pruning published rows once their retention is over.
    index('outbox_published_idx').on(table.publishedAt).where(sql`${table.state} = 'published'`),
  ],
);

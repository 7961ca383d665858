import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Message } from '@tiffin/messages';
import type { OrderHistoryEntry } from '@tiffin/contracts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Every event the view has taken, once each (by event id, whether it came live or in a replay). An
 * order's row is folded from its events, so they may arrive in any order and twice.
 */
export const historyEvents = pgTable(
  'history_events',
  {
    eventId: uuid('event_id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    type: text('type').notNull(),
    occurredAt: at('occurred_at').notNull(),
    /** The whole message, as published. */
    message: jsonb('message').$type<Message>().notNull(),
  },
  (table) => [index('history_events_order_idx').on(table.orderId)],
);

/** The view: one row per order whose OrderCreated has arrived, as the API answers it. */
export const orderHistory = pgTable(
  'order_history',
  {
    orderId: uuid('order_id').primaryKey(),
    consumerId: uuid('consumer_id').notNull(),
    /** Whose kitchen makes it, and who carries it once a courier took it: the live feed's filters. */
    restaurantId: uuid('restaurant_id'),
    courierId: uuid('courier_id'),
    /** When the order was placed (its OrderCreated): the list's order, newest first. */
    placedAt: at('placed_at').notNull(),
    entry: jsonb('entry').$type<OrderHistoryEntry>().notNull(),
    /**
     * The row's last change, numbered from historyChanges: what a live client resumes after
     * (Last-Event-ID). Stored with the row, so numbers never repeat across restarts.
     */
    changeSeq: bigint('change_seq', { mode: 'number' }).notNull(),
  },
  (table) => [
    index('order_history_consumer_placed_idx').on(table.consumerId, sql`${table.placedAt} desc`, sql`${table.orderId} desc`),
    index('order_history_change_seq_idx').on(table.changeSeq),
  ],
);

/**
 * One row: the last change number given out. Taking the next one locks the row until commit, so
 * changes commit in the order of their numbers (a PostgreSQL sequence would not: a number taken
 * first could commit last, and a client resuming after the later one would never see it).
 */
export const historyChanges = pgTable('history_changes', {
  id: integer('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
});

/** Each rebuild asked for; the newest is the one under way or last done. */
export const rebuilds = pgTable('rebuilds', {
  id: uuid('id').primaryKey(),
  startedAt: at('started_at').notNull().defaultNow(),
});

/** What each owner of an event log has sent for a rebuild, and how much of it the view has applied. */
export const rebuildOwners = pgTable(
  'rebuild_owners',
  {
    rebuildId: uuid('rebuild_id')
      .notNull()
      .references(() => rebuilds.id, { onDelete: 'cascade' }),
    owner: text('owner').notNull(),
    /** Set by the owner's EventReplayFinished. */
    replayed: integer('replayed'),
    applied: integer('applied').notNull().default(0),
    /** When applied reached replayed. */
    doneAt: at('done_at'),
  },
  (table) => [primaryKey({ columns: [table.rebuildId, table.owner] })],
);

export const orderHistorySchema = { historyEvents, orderHistory, historyChanges, rebuilds, rebuildOwners };
export type OrderHistorySchema = typeof orderHistorySchema;

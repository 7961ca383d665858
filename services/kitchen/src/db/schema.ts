import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Ticket, TicketStatus } from '@tiffin/contracts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What a restaurant's kitchen is asked to cook: one ticket per order. */
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    restaurantId: uuid('restaurant_id').notNull(),
    status: text('status').$type<TicketStatus>().notNull(),
    rejectionReason: text('rejection_reason'),
    lines: jsonb('lines').$type<Ticket['lines']>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (table) => [
    // One ticket per order, whatever the broker redelivers; a cancellation that came first holds the place.
    uniqueIndex('tickets_order_id_uq').on(table.orderId),
    index('tickets_restaurant_created_idx').on(table.restaurantId, table.createdAt),
  ],
);

export const kitchenSchema = { tickets };
export type KitchenSchema = typeof kitchenSchema;

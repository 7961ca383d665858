import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AuthorizationStatus } from '@tiffin/contracts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What was asked of the customer's card for an order, and what became of it (held, charged, released, refunded): one per order. */
export const authorizations = pgTable(
  'card_authorizations',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    consumerId: uuid('consumer_id'),
    cardId: uuid('card_id'),
    amountCents: integer('amount_cents').notNull(),
    status: text('status').$type<AuthorizationStatus>().notNull(),
    declineReason: text('decline_reason'),
    capturedCents: integer('captured_cents'),
    capturedAt: at('captured_at'),
    refundedCents: integer('refunded_cents'),
    refundedAt: at('refunded_at'),
    refundReason: text('refund_reason'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  // One per order: a redelivered AuthorizeCard never holds the amount twice.
  (table) => [uniqueIndex('card_authorizations_order_id_uq').on(table.orderId)],
);

export const accountingSchema = { authorizations };
export type AccountingSchema = typeof accountingSchema;

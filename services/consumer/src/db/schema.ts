import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** The customers of Tiffin (FTGO calls them consumers). */
export const consumers = pgTable('consumers', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull(),
});

/**
 * The cards a customer saved. The consumer service owns them; the number itself never reaches Tiffin:
 * `paymentToken` is what the card network gave back when the card was saved, and what accounting
 * authorises against.
 */
export const paymentCards = pgTable(
  'payment_cards',
  {
    id: uuid('id').primaryKey(),
    consumerId: uuid('consumer_id')
      .notNull()
      .references(() => consumers.id),
    brand: text('brand').notNull(),
    last4: text('last4').notNull(),
    expiryMonth: integer('expiry_month').notNull(),
    expiryYear: integer('expiry_year').notNull(),
    label: text('label').notNull(),
    paymentToken: text('payment_token').notNull(),
    /** Order the customer sees their cards in. */
    position: integer('position').notNull(),
  },
  (table) => [index('payment_cards_consumer_id_idx').on(table.consumerId)],
);

export const consumerSchema = { consumers, paymentCards };
export type ConsumerSchema = typeof consumerSchema;

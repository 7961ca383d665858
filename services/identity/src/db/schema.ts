import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The people who can sign in. `role` says which of the three ids is theirs: a customer is a consumer
 * of the consumer service, staff work for one restaurant of the catalog, a courier is a courier of
 * the delivery service; an operator has none of them. The password is kept only as an scrypt hash with a salt of its own.
 */
export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey(),
  /** Lower-cased, so "Asha@…" and "asha@…" are one account. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['customer', 'staff', 'courier', 'operator'] }).notNull(),
  consumerId: uuid('consumer_id'),
  restaurantId: uuid('restaurant_id'),
  courierId: uuid('courier_id'),
  passwordSalt: text('password_salt').notNull(),
  passwordHash: text('password_hash').notNull(),
});

/**
 * Who is signed in where. Only the SHA-256 of each token is kept: whoever reads this table cannot
 * present a token from it. A session ends at `expiresAt` or when its holder signs out (deleted).
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    csrfToken: text('csrf_token').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_expires_at_idx').on(table.expiresAt), index('sessions_account_id_idx').on(table.accountId)],
);

export const identitySchema = { accounts, sessions };
export type IdentitySchema = typeof identitySchema;

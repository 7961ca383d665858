import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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

/**
 * Sign-in attempts that failed, or are being checked right now, per email and client network, so
 * every edge instance counts the same guesses. A row is written before the password is checked (a
 * burst of parallel guesses for one account counts itself), deleted when the password was right or
 * the attempt was refused, and marked `failed` when it was wrong; past the window it is pruned.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Lower-cased, as typed: an unknown email counts like a known one. */
    email: text('email').notNull(),
    /** The client's address as the edge saw it; an IPv6 address by its /64, what one subscriber holds. */
    network: text('network').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The password was wrong. Until then the attempt counts against its account, not yet its network. */
    failed: boolean('failed').notNull().default(false),
  },
  (table) => [
    index('sign_in_attempts_email_network_idx').on(table.email, table.network, table.at),
    index('sign_in_attempts_network_idx').on(table.network, table.at).where(sql`${table.failed}`),
    index('sign_in_attempts_at_idx').on(table.at),
  ],
);

export const identitySchema = { accounts, sessions, signInAttempts };
export type IdentitySchema = typeof identitySchema;

import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { OrderStatus } from '@tiffin/contracts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The catalog's restaurants as last published to us: the order service validates against these alone. */
export const replicaRestaurants = pgTable('menu_replica_restaurants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  open: boolean('open').notNull(),
  /** occurredAt of the message this row came from, so an older message never overwrites a newer one. */
  publishedAt: at('published_at').notNull(),
});

export const replicaMenuItems = pgTable(
  'menu_replica_items',
  {
    id: uuid('id').primaryKey(),
    restaurantId: uuid('restaurant_id')
      .notNull()
      .references(() => replicaRestaurants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    priceCents: integer('price_cents').notNull(),
    available: boolean('available').notNull(),
  },
  (table) => [index('menu_replica_items_restaurant_id_idx').on(table.restaurantId)],
);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    consumerId: uuid('consumer_id').notNull(),
    restaurantId: uuid('restaurant_id').notNull(),
    restaurantName: text('restaurant_name').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    rejectionReason: text('rejection_reason'),
    totalCents: integer('total_cents').notNull(),
    deliveryAddress: text('delivery_address').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Digest of the request that first used the key: a retry must carry the same order. */
    requestFingerprint: text('request_fingerprint').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (table) => [
    // A retried POST /orders, even one racing the first, can never create a second order.
    uniqueIndex('orders_consumer_idempotency_key_uq').on(table.consumerId, table.idempotencyKey),
    index('orders_consumer_created_idx').on(table.consumerId, table.createdAt),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    lineNumber: integer('line_number').notNull(),
    menuItemId: uuid('menu_item_id').notNull(),
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orderId, table.lineNumber] })],
);

/** Materialised state of every create-order saga, so each one can be queried, resumed or reversed. */
export const orderSchema = { replicaRestaurants, replicaMenuItems, orders, orderLines };
export type OrderSchema = typeof orderSchema;

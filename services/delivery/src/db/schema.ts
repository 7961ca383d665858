import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DeliveryStatus } from '@tiffin/contracts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    consumerId: uuid('consumer_id').notNull(),
    restaurantId: uuid('restaurant_id').notNull(),
    restaurantName: text('restaurant_name').notNull(),
    pickupAddress: text('pickup_address').notNull(),
    deliveryAddress: text('delivery_address').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    courierId: uuid('courier_id'),
    /** The order's total, from its approval, so a courier sees what they carry; null on a delivery held by a cancellation. */
    totalCents: integer('total_cents'),
    scheduledAt: at('scheduled_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (table) => [
    // One delivery per order, whatever the broker redelivers.
    uniqueIndex('deliveries_order_id_uq').on(table.orderId),
    index('deliveries_consumer_scheduled_idx').on(table.consumerId, table.scheduledAt),
    // Couriers list what is still offered, oldest first.
    // A courier's own deliveries, newest first.
    index('deliveries_courier_scheduled_idx').on(table.courierId, table.scheduledAt),
    index('deliveries_offered_idx').on(table.scheduledAt).where(sql`${table.status} = 'SCHEDULED'`),
  ],
);

export const deliverySchema = { deliveries };
export type DeliverySchema = typeof deliverySchema;

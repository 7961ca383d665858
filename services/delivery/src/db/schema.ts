import { sql } from 'drizzle-orm';
import { bigint, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** When the courier took it, picked the food up, handed it over: the customer's tracking shows each. */
    assignedAt: at('assigned_at'),
    pickedUpAt: at('picked_up_at'),
    deliveredAt: at('delivered_at'),
    /**
     * The number of the tracking's latest change (a step, the kitchen's estimate, a position), raised
     * under the row's lock, so a tracking stream that resumes after a number misses nothing.
     */
    trackingSeq: bigint('tracking_seq', { mode: 'number' }).notNull().default(0),
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

/**
 * What the kitchen said of an order's food, by order (it may come before the delivery exists): when
 * each step happened and when it expects the food ready.
 */
export const kitchenProgress = pgTable('kitchen_progress', {
  orderId: uuid('order_id').primaryKey(),
  acceptedAt: at('accepted_at'),
  preparingAt: at('preparing_at'),
  readyAt: at('ready_at'),
  readyBy: at('ready_by'),
  preparationMinutes: integer('preparation_minutes'),
});

/** Where the courier's screen said they were, numbered with the delivery's tracking changes. */
export const courierPositions = pgTable(
  'courier_positions',
  {
    deliveryId: uuid('delivery_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
    reportedAt: at('reported_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.deliveryId, table.seq] })],
);

export const deliverySchema = { deliveries, kitchenProgress, courierPositions };
export type DeliverySchema = typeof deliverySchema;

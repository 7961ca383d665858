import { z } from 'zod';
import { id } from './common';
import { order, type OrderStatus } from './order';
import { orderPayment } from './order-details';

/** One event the order-history view has applied to an order, for the order's timeline. */
export const orderHistoryEvent = z.object({ type: z.string(), occurredAt: z.iso.datetime() });

/**
 * An order as the order-history view knows it, from events alone: the order contract (so a BFF can
 * answer with it unchanged) plus its payment, its delivery, once scheduled, and every event seen, oldest first.
 */
/**
 * Where the customer's money for an order is, as the view knows it: from accounting's events
 * (released, charged, refunded), otherwise from the order's status (an approved order is held for its
 * total). Null while nothing is held: the order is being placed, or was rejected before its card was.
 */
export const orderPaymentSummary = orderPayment.pick({ status: true, amountCents: true });
export type OrderPaymentSummary = z.infer<typeof orderPaymentSummary>;

export const orderHistoryEntry = order.extend({
  /** Entries folded before the view knew payments have none; they read as null until folded again. */
  payment: orderPaymentSummary.nullable().default(null),
  deliveryId: id.nullable(),
  /** The courier who took the delivery (CourierAssigned); null until one has. */
  courierId: id.nullable(),
  events: z.array(orderHistoryEvent),
});
export type OrderHistoryEntry = z.infer<typeof orderHistoryEntry>;

/** order BFF: GET /orders, the customer's orders, each with where its money is. */
export const orderSummary = order.extend({ payment: orderPaymentSummary.nullable() });
export type OrderSummary = z.infer<typeof orderSummary>;
export const orderSummaryList = z.array(orderSummary);

/** Statuses in which an order's delivery waits for a courier, if none has taken it yet. */
const offerableStatuses: readonly OrderStatus[] = ['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];

/** Whether couriers see this order among the deliveries on offer: approved, not yet picked up, nobody took it. */
export function isOfferedToCouriers(entry: Pick<OrderHistoryEntry, 'status' | 'courierId'>): boolean {
  return entry.courierId === null && offerableStatuses.includes(entry.status);
}

/** Name of the server-sent event that carries one changed order (its data an OrderHistoryEntry). */
export const orderChangeEvent = 'order';

/**
 * The delivery BFF's event to a courier for an order that left the offer to someone else (taken by
 * another courier, cancelled): only its id, so the courier's list drops it and learns nothing more.
 */
export const orderWithdrawnEvent = 'order-withdrawn';
export const withdrawnOrder = z.object({ id });
export type WithdrawnOrder = z.infer<typeof withdrawnOrder>;

/**
 * GET /changes on order-history: the orders matching any of the filters given (at least one), as
 * server-sent events. `after` (or the Last-Event-ID header) first sends what changed after that change.
 */
export const historyChangesQuery = z
  .object({
    consumerId: id.optional(),
    restaurantId: id.optional(),
    courierId: id.optional(),
    /** Orders offered to couriers, and a change for each that stops being offered. */
    offered: z.literal('true').optional(),
    // Parsed by hand, not coerced (see orderHistoryQuery).
    after: z.string().regex(/^\d{1,15}$/, 'must be a change number').transform(Number).optional(),
  })
  .refine((query) => query.consumerId ?? query.restaurantId ?? query.courierId ?? query.offered, {
    message: 'name at least one of consumerId, restaurantId, courierId, offered',
  });
export type HistoryChangesQuery = z.infer<typeof historyChangesQuery>;

/** Largest page GET /orders answers, whatever `limit` asks for. */
export const orderHistoryMaxPage = 100;

/** Orders per page when the caller does not say. */
export const orderHistoryDefaultPage = 20;

export const orderHistoryQuery = z.object({
  consumerId: id,
  // Parsed by hand, not coerced: slices share these contracts and get only the part of zod the shell provides.
  limit: z
    .string()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1).max(orderHistoryMaxPage))
    .optional(),
  /** nextCursor of the previous page; opaque to callers. */
  cursor: z.string().min(1).max(200).optional(),
});
export type OrderHistoryQuery = z.infer<typeof orderHistoryQuery>;

/** A consumer's orders, newest first; nextCursor fetches the next (older) page, null on the last. */
export const orderHistoryPage = z.object({
  orders: z.array(orderHistoryEntry),
  nextCursor: z.string().nullable(),
});
export type OrderHistoryPage = z.infer<typeof orderHistoryPage>;

/** How a rebuild of the view goes: which owners have replayed their logs, and how much of them is applied. */
export const rebuildStatus = z.object({
  rebuildId: id,
  state: z.enum(['replaying', 'complete']),
  startedAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
  owners: z.array(
    z.object({
      owner: z.string(),
      /** Events the owner said it replayed; null until it has finished. */
      replayed: z.number().int().nullable(),
      applied: z.number().int(),
    }),
  ),
});
export type RebuildStatus = z.infer<typeof rebuildStatus>;
export const rebuildParams = z.object({ rebuildId: id });

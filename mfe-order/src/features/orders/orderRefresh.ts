import type { Order, OrderStatus } from '@tiffin/contracts';

/** How often an order still being placed (or being cancelled) is asked about again. */
export const orderRefreshMs = 1000;

/**
 * How often an order being placed is asked about: its saga's steps (account checked, restaurant
 * confirmed, …) follow each other within a second, and only the order service knows them.
 */
export const placementRefreshMs = 400;

/** How often an approved order is asked about while the kitchen and the courier move it on. */
export const orderFollowMs = 5000;

/** Nothing more happens to an order once it is delivered, rejected or cancelled. */
export function isSettled(status: OrderStatus): boolean {
  return status === 'DELIVERED' || status === 'REJECTED' || status === 'CANCELLED';
}

/** Statuses of an approved order on its way, before the courier picks it up. */
const cancellable: readonly OrderStatus[] = ['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];

/** APPROVED and REJECTED end the create-order saga; every status before them is on its way to one of them. */
export function isBeingPlaced(status: OrderStatus): boolean {
  return ['PENDING', 'CONSUMER_VALIDATED', 'ORDER_DETAILS_VALIDATED', 'VALIDATED'].includes(status);
}

/** Until the courier picks it up, the customer may cancel an approved order. */
export function canBeCancelled(status: OrderStatus): boolean {
  return cancellable.includes(status);
}

export function newestFirst<T extends Order>(orders: T[]): T[] {
  return [...orders].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** How far along its life each status is: a settled order is as far as it goes. */
const progress: Record<OrderStatus, number> = {
  PENDING: 0,
  CONSUMER_VALIDATED: 1,
  ORDER_DETAILS_VALIDATED: 1,
  VALIDATED: 2,
  APPROVED: 3,
  ACCEPTED: 4,
  PREPARING: 5,
  READY_FOR_PICKUP: 6,
  PICKED_UP: 7,
  DELIVERED: 8,
  REJECTED: 8,
  CANCELLED: 8,
};

/**
 * Whether a pushed status may replace the one on screen. The page may have read the order from the
 * order service while the history, which pushes, is a step behind: that step must not move it back.
 */
export function isNotBehind(pushed: OrderStatus, shown: OrderStatus | undefined): boolean {
  return shown === undefined || progress[pushed] >= progress[shown];
}

/**
 * The order as far along as either source has it: what the order service answers and what
 * order-history pushes may each be a step ahead of the other, and the page never moves back.
 */
export function furthest<T extends Order>(shown: T | undefined, fresh: T): T {
  return shown && shown.id === fresh.id && !isNotBehind(fresh.status, shown.status) ? shown : fresh;
}

/** `furthest` for each order of a list. */
export function furthestEach<T extends Order>(shown: T[] | undefined, fresh: T[]): T[] {
  const before = new Map((shown ?? []).map((order) => [order.id, order]));
  return fresh.map((order) => furthest(before.get(order.id), order));
}

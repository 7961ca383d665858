import type { Order, OrderStatus } from '@tiffin/contracts';

/** How often an order still being placed is asked about again. */
export const orderRefreshMs = 1000;

/** APPROVED and REJECTED end the create-order saga; every other status is on its way to one of them. */
export function isBeingPlaced(status: OrderStatus): boolean {
  return status !== 'APPROVED' && status !== 'REJECTED' && status !== 'CANCELLED';
}

/** Until the courier picks it up, the customer may cancel an approved order. */
export function canBeCancelled(status: OrderStatus): boolean {
  return status === 'APPROVED';
}

export function newestFirst(orders: Order[]): Order[] {
  return [...orders].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

import type { Order } from '@tiffin/contracts';

/** How often a PENDING order is asked about again. */
export const orderRefreshMs = 1000;

export function newestFirst(orders: Order[]): Order[] {
  return [...orders].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

import type { Delivery, DeliveryStatus } from '@tiffin/contracts';

/** How often an unfinished delivery is asked about again. */
export const deliveryRefreshMs = 2000;

/** Where a customer's delivery is, in the few words of its headline and badge. */
export const deliveryHeadline: Record<DeliveryStatus, string> = {
  SCHEDULED: 'Waiting for a courier',
  ASSIGNED: 'Courier on the way to the restaurant',
  PICKED_UP: 'On its way to you',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

export const deliveryStatusText: Record<DeliveryStatus, string> = {
  SCHEDULED: 'Scheduled: the restaurant is preparing your order for pick-up.',
  ASSIGNED: 'A courier is on the way to the restaurant.',
  PICKED_UP: 'Your food is on its way.',
  DELIVERED: 'Delivered. Enjoy your meal!',
  CANCELLED: 'This delivery was cancelled.',
};

export function isSettled(status: DeliveryStatus): boolean {
  return status === 'DELIVERED' || status === 'CANCELLED';
}

/** Keep refreshing while something may still change: a delivery in progress, or one not scheduled yet. */
export function needsRefresh(deliveries: Delivery[] | undefined, waitingForOrder: boolean): boolean {
  if (!deliveries) return false;
  if (waitingForOrder && deliveries.length === 0) return true;
  return deliveries.some((d) => !isSettled(d.status));
}

export function newestFirst(deliveries: Delivery[]): Delivery[] {
  return [...deliveries].sort((a, b) => Date.parse(b.scheduledAt) - Date.parse(a.scheduledAt));
}

import type { CourierAction, Delivery, DeliveryStatus } from '@tiffin/contracts';

/** How often the courier's lists are asked again while the live stream is not there to push changes. */
export const courierRefreshMs = 3000;

/** The one step a courier can take next on a delivery in each status, with the words on its button. */
const nextSteps: Partial<Record<DeliveryStatus, { action: CourierAction; label: string; busyLabel: string }>> = {
  SCHEDULED: { action: 'take', label: 'Take this delivery', busyLabel: 'Taking…' },
  ASSIGNED: { action: 'pick-up', label: 'Picked up', busyLabel: 'Saving…' },
  PICKED_UP: { action: 'deliver', label: 'Delivered', busyLabel: 'Saving…' },
};

export function nextStep(status: DeliveryStatus) {
  return nextSteps[status];
}

/** Taken and not yet handed over: the courier's screen shares where they are with the customer. */
export function isUnderWay(status: DeliveryStatus): boolean {
  return status === 'ASSIGNED' || status === 'PICKED_UP';
}

/** Where a courier's delivery stands, in their words. */
export const courierStatusText: Record<DeliveryStatus, string> = {
  SCHEDULED: 'On offer',
  ASSIGNED: 'Heading to the restaurant',
  PICKED_UP: 'On the way to the customer',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/**
 * How long the courier reads why a step did not go through before it goes: long enough to read it,
 * while the board, read again at once, already shows how things stand (a delivery someone else took
 * has left the offers). A notice that stayed would speak of a tap long past.
 */
export const stepFailureNoticeMs = 6000;

/** What the courier reads when a step did not go through, above the lists. */
export const failedStepTitle: Record<CourierAction, string> = {
  take: 'You did not get this delivery.',
  'pick-up': 'This delivery was not marked as picked up.',
  deliver: 'This delivery was not marked as delivered.',
};

/** The courier's own deliveries split into those still under way and those done, newest first. */
export function splitByProgress(deliveries: Delivery[]): { active: Delivery[]; past: Delivery[] } {
  const newestFirst = [...deliveries].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  const done = (d: Delivery) => d.status === 'DELIVERED' || d.status === 'CANCELLED';
  return { active: newestFirst.filter((d) => !done(d)), past: newestFirst.filter(done) };
}

/** How long a delivery has waited for a courier, e.g. "just now", "4 min", "1 h 5 min". */
export function waitingFor(scheduledAt: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(scheduledAt)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

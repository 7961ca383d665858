import type { DeliveryStatus } from '@tiffin/contracts';
import type { Tone } from '@tiffin/slice-kit';

/** Under way is news, delivered good news, cancelled bad news. */
export const deliveryStatusTone: Record<DeliveryStatus, Tone> = {
  SCHEDULED: 'info',
  ASSIGNED: 'info',
  PICKED_UP: 'info',
  DELIVERED: 'success',
  CANCELLED: 'danger',
};

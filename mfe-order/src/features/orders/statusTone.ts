import type { OrderStatus } from '@tiffin/contracts';
import type { Tone } from '@tiffin/slice-kit';

/** Waiting is a warning, approval good news, rejection bad news; a cancellation the customer asked for is plain news. */
export const orderStatusTone: Record<OrderStatus, Tone> = {
  PENDING: 'warning',
  CONSUMER_VALIDATED: 'warning',
  ORDER_DETAILS_VALIDATED: 'warning',
  VALIDATED: 'warning',
  APPROVED: 'success',
  ACCEPTED: 'success',
  PREPARING: 'success',
  READY_FOR_PICKUP: 'success',
  PICKED_UP: 'success',
  DELIVERED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'info',
};

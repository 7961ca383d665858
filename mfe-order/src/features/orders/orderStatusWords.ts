import type { OrderStatus } from '@tiffin/contracts';

/**
 * Where an order is, in the few words a customer reads as the headline of the order page and on its
 * badge in the list. The saga's steps before approval are one thing to a customer: it is being placed.
 */
export const orderHeadline: Record<OrderStatus, string> = {
  PENDING: 'Placing your order',
  CONSUMER_VALIDATED: 'Placing your order',
  ORDER_DETAILS_VALIDATED: 'Placing your order',
  VALIDATED: 'Placing your order',
  APPROVED: 'Order confirmed',
  ACCEPTED: 'Accepted by the restaurant',
  PREPARING: 'Being prepared',
  READY_FOR_PICKUP: 'Ready for pickup',
  PICKED_UP: 'On its way',
  DELIVERED: 'Delivered',
  REJECTED: 'Not accepted',
  CANCELLED: 'Cancelled',
};

import type { OrderStatus } from '@tiffin/contracts';

/** An order may be cancelled from approval until the courier picks it up. */
export const cancellableStatuses: readonly OrderStatus[] = ['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];

/** Why an order in any other status cannot be cancelled, as the customer reads it. */
export function whyNotCancellable(status: OrderStatus): string {
  switch (status) {
    case 'REJECTED':
      return 'This order was rejected, so there is nothing to cancel';
    case 'CANCELLED':
      return 'This order is already cancelled';
    case 'PICKED_UP':
    case 'DELIVERED':
      return 'The courier has already picked up this order, so it can no longer be cancelled';
    default:
      return 'This order is still being placed; it can be cancelled once it is approved';
  }
}

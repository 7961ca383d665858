import type { Order, OrderDetails, OrderPayment, OrderPlacement } from '@tiffin/contracts';

export const orderId = '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

/** An order page's answer from the order BFF: the order with its payment, as a test changes them. */
export function orderDetailsOf(
  status: Order['status'],
  payment: OrderPayment | null = { status: 'AUTHORIZED', amountCents: 2650, declineReason: null },
  placement: OrderPlacement | null = null,
): OrderDetails {
  return {
    order: {
      id: orderId,
      consumerId: '5c0e1f8e-3b7a-4c52-9d1e-6f2a8b4c7d10',
      restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d',
      restaurantName: 'Bombay Tiffin House',
      status,
      rejectionReason: null,
      lines: [{ menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c01', name: 'Dal Makhani', quantity: 2, unitPriceCents: 1325 }],
      totalCents: 2650,
      deliveryAddress: '12 Curry Lane',
      createdAt: '2026-12-03T18:00:00.000Z',
      updatedAt: '2026-12-03T18:05:00.000Z',
    },
    restaurant: null,
    delivery: null,
    payment,
    placement,
    notices: [],
  };
}

import type { DeliveryStatus, OrderPayment } from '@tiffin/contracts';

/** Where the delivery of an order is, as the customer reads it on the order page. */
export const deliveryText: Record<DeliveryStatus, string> = {
  SCHEDULED: 'Waiting for a courier to take it',
  ASSIGNED: 'A courier is on the way to the restaurant',
  PICKED_UP: 'The courier has your food and is on the way',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** What is held on the customer's card for the order; `amount` is already formatted. */
export function paymentText(payment: OrderPayment, amount: string): string {
  switch (payment.status) {
    case 'AUTHORIZED':
      return `${amount} is held on your card for this order`;
    case 'REVERSED':
      return 'The hold on your card is released: nothing is charged';
    case 'DECLINED':
      return payment.declineReason ?? 'Your card was declined';
  }
}

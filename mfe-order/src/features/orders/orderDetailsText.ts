import type { DeliveryStatus, OrderPayment, OrderPaymentSummary } from '@tiffin/contracts';

/** Where the delivery of an order is, as the customer reads it on the order page. */
export const deliveryText: Record<DeliveryStatus, string> = {
  SCHEDULED: 'Waiting for a courier to take it',
  ASSIGNED: 'A courier is on the way to the restaurant',
  PICKED_UP: 'The courier has your food and is on the way',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** Where the customer's money for the order is: held, charged, refunded, released; `amount` is already formatted. */
export function paymentText(payment: OrderPayment, amount: string): string {
  switch (payment.status) {
    case 'AUTHORIZED':
      return `${amount} is held on your card for this order`;
    case 'CAPTURED':
      return `${amount} was charged to your card`;
    case 'REFUNDED':
      return `${amount} was refunded to your card`;
    case 'REVERSED':
      // Nothing at all was held when the order was cancelled before its card was tried.
      return payment.amountCents > 0 ? `The hold of ${amount} on your card is released: nothing is charged` : 'Nothing was charged to your card';
    case 'DECLINED':
      return payment.declineReason ?? 'Your card was declined';
  }
}

/** The payment in a few words for the list of orders, e.g. "$31.85 charged"; `amount` is already formatted. */
export function paymentSummaryText(payment: OrderPaymentSummary, amount: string): string {
  switch (payment.status) {
    case 'AUTHORIZED':
      return `${amount} held on your card`;
    case 'CAPTURED':
      return `${amount} charged`;
    case 'REFUNDED':
      return `${amount} refunded`;
    case 'REVERSED':
      return payment.amountCents > 0 ? `hold of ${amount} released` : 'nothing charged';
    case 'DECLINED':
      return 'card declined';
  }
}

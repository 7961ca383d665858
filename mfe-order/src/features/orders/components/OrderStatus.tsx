import type { Order } from '@tiffin/contracts';
import { StatusPanel } from '@tiffin/slice-kit';
import { orderHeadline } from '../orderStatusWords';
import { orderStatusTone } from '../statusTone';

const explanations: Record<Order['status'], string> = {
  PENDING: 'We are checking your account and the restaurant is confirming your order…',
  CONSUMER_VALIDATED: 'Your account is fine; the restaurant is confirming your order…',
  ORDER_DETAILS_VALIDATED: 'The restaurant can make your order; we are checking your account…',
  VALIDATED: 'The kitchen is taking your order and your card is being authorised…',
  APPROVED: 'Your order is confirmed; the restaurant will accept it shortly.',
  ACCEPTED: 'The restaurant accepted your order.',
  PREPARING: 'The kitchen is preparing your order.',
  READY_FOR_PICKUP: 'Your order is ready and waiting for the courier.',
  PICKED_UP: 'The courier has your order and is on the way.',
  DELIVERED: 'Delivered. Enjoy your meal!',
  REJECTED: 'Your order could not be accepted.',
  CANCELLED: 'Your order is cancelled: nothing is charged to your card.',
};

/** The live status of one order; screen readers hear each change. */
export function OrderStatus({ order }: { order: Pick<Order, 'status' | 'rejectionReason'> }) {
  return (
    <StatusPanel
      headline={orderHeadline[order.status]}
      tone={orderStatusTone[order.status]}
      explanation={explanations[order.status]}
      className="ord-status-panel"
    >
      {(order.status === 'REJECTED' || order.status === 'CANCELLED') && order.rejectionReason && (
        <p className="ord-rejection">Reason: {order.rejectionReason}</p>
      )}
    </StatusPanel>
  );
}

import type { Order } from '@tiffin/contracts';

const explanations: Record<Order['status'], string> = {
  PENDING: 'The restaurant is confirming your order…',
  APPROVED: 'Your order is confirmed and the kitchen is on it.',
  REJECTED: 'Your order could not be accepted.',
};

/** The live status of one order; screen readers hear each change. */
export function OrderStatus({ order }: { order: Pick<Order, 'status' | 'rejectionReason'> }) {
  return (
    <div className={`ord-status-panel ord-status-panel-${order.status.toLowerCase()}`}>
      <p className={`ord-status ord-status-${order.status.toLowerCase()}`} role="status" aria-live="polite">
        {order.status}
      </p>
      <p className="ord-status-explanation">{explanations[order.status]}</p>
      {order.status === 'REJECTED' && order.rejectionReason && (
        <p className="ord-rejection">Reason: {order.rejectionReason}</p>
      )}
    </div>
  );
}

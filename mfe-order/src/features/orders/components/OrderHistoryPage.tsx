import { Link } from 'react-router';
import type { OrderSummary } from '@tiffin/contracts';
import { countOf, formatDateTime, formatMoney, LinkedRow, ProblemMessage, shellRoutes } from '@tiffin/slice-kit';
import { useOrders } from '../api/getOrders';
import { useLiveOrders } from '../api/liveOrders';
import { paymentSummaryText } from '../orderDetailsText';
import { StatusBadge } from './StatusBadge';

/** When, how much was ordered, and where the money is: "3 Dec, 18:02 · 2 items · $31.85 charged". */
function orderLine(order: OrderSummary): string {
  const items = countOf(order.lines.reduce((n, line) => n + line.quantity, 0), 'item');
  const payment = order.payment && paymentSummaryText(order.payment, formatMoney(order.payment.amountCents));
  return [formatDateTime(order.createdAt), items, payment].filter(Boolean).join(' · ');
}

export function OrderHistoryPage() {
  const orders = useOrders(useLiveOrders());

  return (
    <section className="tk-page" aria-labelledby="ord-history-heading">
      <div className="ord-heading-row">
        <h1 id="ord-history-heading" className="tk-title">
          Your orders
        </h1>
        <Link className="tk-button tk-button-secondary" to="cart">
          View cart
        </Link>
      </div>
      {orders.isPending && <p className="tk-muted">Loading your orders…</p>}
      {orders.isError && (
        <ProblemMessage title="Your orders could not be loaded." error={orders.error} onRetry={() => void orders.refetch()} />
      )}
      {orders.data?.length === 0 && (
        <p className="tk-empty">
          You have not ordered yet. <Link to={shellRoutes.catalog}>Find a restaurant</Link>.
        </p>
      )}
      {orders.data && orders.data.length > 0 && (
        <ul className="tk-list" aria-label="Orders">
          {orders.data.map((order) => (
            <li key={order.id}>
              <LinkedRow to={order.id} title={order.restaurantName} detail={orderLine(order)} className="ord-history-item">
                <span className="tk-amount">{formatMoney(order.totalCents)}</span>
                <StatusBadge status={order.status} />
              </LinkedRow>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { Link } from 'react-router';
import { shellRoutes } from '../../../app/shellRoutes';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { formatDateTime } from '../../../lib/formatDateTime';
import { formatMoney } from '../../../lib/formatMoney';
import { useOrders } from '../api/getOrders';
import { StatusBadge } from './StatusBadge';

export function OrderHistoryPage() {
  const orders = useOrders();

  return (
    <section className="ord-page" aria-labelledby="ord-history-heading">
      <div className="ord-heading-row">
        <h1 id="ord-history-heading" className="ord-title">
          Your orders
        </h1>
        <Link className="ord-button ord-button-secondary" to="cart">
          View cart
        </Link>
      </div>
      {orders.isPending && <p className="ord-muted">Loading your orders…</p>}
      {orders.isError && (
        <ProblemMessage title="Your orders could not be loaded." error={orders.error} onRetry={() => void orders.refetch()} />
      )}
      {orders.data?.length === 0 && (
        <p className="ord-empty">
          You have not ordered yet. <Link to={shellRoutes.catalog}>Find a restaurant</Link>.
        </p>
      )}
      {orders.data && orders.data.length > 0 && (
        <ul className="ord-history" aria-label="Orders">
          {orders.data.map((order) => (
            <li key={order.id}>
              <article className="ord-history-item">
                <div>
                  <h2 className="ord-line-name">
                    <Link className="ord-history-link" to={order.id}>
                      {order.restaurantName}
                    </Link>
                  </h2>
                  <p className="ord-muted">
                    {formatDateTime(order.createdAt)} · {order.lines.reduce((n, l) => n + l.quantity, 0)} items
                  </p>
                </div>
                <span className="ord-history-total">{formatMoney(order.totalCents)}</span>
                <StatusBadge status={order.status} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { Link } from 'react-router';
import { BackLink, formatDateTime, ProblemMessage, shellRoutes, useIdParam } from '@tiffin/slice-kit';
import { OrderNotFound } from '../../../components/OrderNotFound';
import { useCancelOrder } from '../api/cancelOrder';
import { useOrder } from '../api/getOrder';
import { useLiveOrders } from '../api/liveOrders';
import { canBeCancelled } from '../orderRefresh';
import { CancelOrderButton } from './CancelOrderButton';
import { OrderLines } from './OrderLines';
import { OrderStatus } from './OrderStatus';

export function OrderPage() {
  const orderId = useIdParam('orderId');
  if (!orderId) return <OrderNotFound />;
  return <OrderDetails orderId={orderId} />;
}

function OrderDetails({ orderId }: { orderId: string }) {
  const cancel = useCancelOrder(orderId);
  const live = useLiveOrders();
  const order = useOrder(orderId, cancel.isSuccess, live);

  return (
    <section className="tk-page">
      <BackLink label="All orders" />
      {order.isPending && <p className="tk-muted">Loading your order…</p>}
      {order.isError && (
        <ProblemMessage title="This order could not be loaded." error={order.error} onRetry={() => void order.refetch()} />
      )}
      {order.data && (
        <>
          <header className="ord-order-header">
            <h1 className="tk-title">Order from {order.data.restaurantName}</h1>
            <p className="tk-muted">Placed {formatDateTime(order.data.createdAt)}</p>
          </header>
          <OrderStatus order={order.data} />
          {(canBeCancelled(order.data.status) || order.data.status === 'PICKED_UP' || order.data.status === 'DELIVERED') && (
            <Link className="tk-button" to={`${shellRoutes.delivery}?orderId=${encodeURIComponent(order.data.id)}`}>
              Track delivery
            </Link>
          )}
          {canBeCancelled(order.data.status) && (
            <CancelOrderButton busy={cancel.isPending || cancel.isSuccess} onCancel={() => cancel.mutate()} />
          )}
          {cancel.isError && <ProblemMessage title="Your order was not cancelled." error={cancel.error} />}
          <OrderLines order={order.data} />
          <p className="ord-address">
            <span className="tk-muted">Delivering to</span> {order.data.deliveryAddress}
          </p>
        </>
      )}
    </section>
  );
}

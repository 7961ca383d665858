import { Link } from 'react-router';
import { BackLink, formatDateTime, ProblemMessage, shellRoutes, useIdParam } from '@tiffin/slice-kit';
import { OrderNotFound } from '../../../components/OrderNotFound';
import { useCancelOrder } from '../api/cancelOrder';
import { useOrderDetails } from '../api/getOrderDetails';
import { useLiveOrders } from '../api/liveOrders';
import { canBeCancelled } from '../orderRefresh';
import { CancelOrderButton } from './CancelOrderButton';
import { OrderLines } from './OrderLines';
import { OrderNotices } from './OrderNotices';
import { OrderParts } from './OrderParts';
import { OrderPlacementSteps } from './OrderPlacementSteps';
import { OrderStatus } from './OrderStatus';

export function OrderPage() {
  const orderId = useIdParam('orderId');
  if (!orderId) return <OrderNotFound />;
  return <OrderDetails orderId={orderId} />;
}

function OrderDetails({ orderId }: { orderId: string }) {
  const cancel = useCancelOrder(orderId);
  const live = useLiveOrders();
  const details = useOrderDetails(orderId, cancel.isSuccess, live);
  const order = details.data?.order;

  return (
    <section className="tk-page">
      <BackLink label="All orders" />
      {details.isPending && <p className="tk-muted">Loading your order…</p>}
      {/* Only the order itself missing is an error; a missing part is a notice beside the rest. */}
      {details.isError && (
        <ProblemMessage title="This order could not be loaded." error={details.error} onRetry={() => void details.refetch()} />
      )}
      {details.data && order && (
        <>
          <header className="ord-order-header">
            <h1 className="tk-title">Order from {order.restaurantName}</h1>
            <p className="tk-muted">Placed {formatDateTime(order.createdAt)}</p>
          </header>
          <OrderNotices notices={details.data.notices} />
          <OrderStatus order={order} />
          {details.data.placement && <OrderPlacementSteps placement={details.data.placement} />}
          {(canBeCancelled(order.status) || order.status === 'PICKED_UP' || order.status === 'DELIVERED') && (
            <Link className="tk-button" to={`${shellRoutes.delivery}?orderId=${encodeURIComponent(order.id)}`}>
              Track delivery
            </Link>
          )}
          {canBeCancelled(order.status) && (
            <CancelOrderButton busy={cancel.isPending || cancel.isSuccess} onCancel={() => cancel.mutate()} />
          )}
          {cancel.isError && <ProblemMessage title="Your order was not cancelled." error={cancel.error} />}
          <OrderLines order={order} dishes={details.data.restaurant?.dishes} />
          <OrderParts details={details.data} />
        </>
      )}
    </section>
  );
}

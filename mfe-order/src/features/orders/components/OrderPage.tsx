import { Link, useParams } from 'react-router';
import { id } from '@tiffin/contracts';
import { useSlice } from '../../../app/sliceContext';
import { NotFound } from '../../../components/NotFound';
import { shellRoutes } from '../../../app/shellRoutes';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { formatDateTime } from '../../../lib/formatDateTime';
import { useOrder } from '../api/getOrder';
import { OrderLines } from './OrderLines';
import { OrderStatus } from './OrderStatus';

export function OrderPage() {
  const { orderId = '' } = useParams();
  if (!id.safeParse(orderId).success) return <NotFound />;
  return <OrderDetails orderId={orderId} />;
}

function OrderDetails({ orderId }: { orderId: string }) {
  const { basename } = useSlice();
  const order = useOrder(orderId);

  return (
    <section className="ord-page">
      <Link className="ord-back" to={basename}>
        ← All orders
      </Link>
      {order.isPending && <p className="ord-muted">Loading your order…</p>}
      {order.isError && (
        <ProblemMessage title="This order could not be loaded." error={order.error} onRetry={() => void order.refetch()} />
      )}
      {order.data && (
        <>
          <header className="ord-order-header">
            <h1 className="ord-title">Order from {order.data.restaurantName}</h1>
            <p className="ord-muted">Placed {formatDateTime(order.data.createdAt)}</p>
          </header>
          <OrderStatus order={order.data} />
          {order.data.status === 'APPROVED' && (
            <Link className="ord-button" to={`${shellRoutes.delivery}?orderId=${encodeURIComponent(order.data.id)}`}>
              Track delivery
            </Link>
          )}
          <OrderLines order={order.data} />
          <p className="ord-address">
            <span className="ord-muted">Delivering to</span> {order.data.deliveryAddress}
          </p>
        </>
      )}
    </section>
  );
}

import { Link } from 'react-router';
import { useSlice } from '../../../app/sliceContext';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { useDeliveries } from '../api/getDeliveries';
import { DeliveryDetails } from './DeliveryDetails';

/** `?orderId=`: the delivery of one order, which appears shortly after the order is approved. */
export function OrderDelivery({ orderId }: { orderId: string }) {
  const { basename } = useSlice();
  const deliveries = useDeliveries(orderId);

  return (
    <section className="dlv-page" aria-labelledby="dlv-order-heading">
      <Link className="dlv-back" to={basename}>
        ← All deliveries
      </Link>
      <h1 id="dlv-order-heading" className="dlv-title">
        Your delivery
      </h1>
      {deliveries.isPending && <p className="dlv-muted">Looking up your delivery…</p>}
      {deliveries.isError && (
        <ProblemMessage title="This delivery could not be loaded." error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      )}
      {deliveries.data?.length === 0 && (
        <p className="dlv-empty">A courier is being arranged for your order. This page updates by itself.</p>
      )}
      {deliveries.data?.map((delivery) => <DeliveryDetails key={delivery.id} delivery={delivery} />)}
    </section>
  );
}

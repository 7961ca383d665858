import { BackLink, ProblemMessage } from '@tiffin/slice-kit';
import { useDeliveries } from '../api/getDeliveries';
import { useLiveDeliveries } from '../api/liveDeliveries';
import { DeliveryDetails } from './DeliveryDetails';

/** `?orderId=`: the delivery of one order, which appears shortly after the order is approved. */
export function OrderDelivery({ orderId }: { orderId: string }) {
  const deliveries = useDeliveries(orderId, useLiveDeliveries());

  return (
    <section className="tk-page" aria-labelledby="dlv-order-heading">
      <BackLink label="All deliveries" />
      <h1 id="dlv-order-heading" className="tk-title">
        Your delivery
      </h1>
      {deliveries.isPending && <p className="tk-muted">Looking up your delivery…</p>}
      {deliveries.isError && (
        <ProblemMessage title="This delivery could not be loaded." error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      )}
      {deliveries.data?.length === 0 && (
        <p className="tk-empty">Your delivery is being scheduled. This page updates by itself.</p>
      )}
      {deliveries.data?.map((delivery) => <DeliveryDetails key={delivery.id} delivery={delivery} />)}
    </section>
  );
}

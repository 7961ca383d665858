import { Link } from 'react-router';
import { BackLink, ProblemMessage, shellRoutes, useIdParam } from '@tiffin/slice-kit';
import { DeliveryNotFound } from '../../../components/DeliveryNotFound';
import { useDelivery } from '../api/getDelivery';
import { useLiveDeliveries } from '../api/liveDeliveries';
import { DeliveryDetails } from './DeliveryDetails';

export function DeliveryPage() {
  const deliveryId = useIdParam('deliveryId');
  if (!deliveryId) return <DeliveryNotFound />;
  return <DeliveryView deliveryId={deliveryId} />;
}

function DeliveryView({ deliveryId }: { deliveryId: string }) {
  const delivery = useDelivery(deliveryId, useLiveDeliveries());

  return (
    <section className="tk-page">
      <BackLink label="All deliveries" />
      <h1 className="tk-title">Delivery</h1>
      {delivery.isPending && <p className="tk-muted">Loading the delivery…</p>}
      {delivery.isError && (
        <ProblemMessage title="This delivery could not be loaded." error={delivery.error} onRetry={() => void delivery.refetch()} />
      )}
      {delivery.data && (
        <>
          <DeliveryDetails delivery={delivery.data} />
          <Link className="dlv-link" to={`${shellRoutes.order}/${delivery.data.orderId}`}>
            View the order
          </Link>
        </>
      )}
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { id } from '@tiffin/contracts';
import { useSlice } from '../../../app/sliceContext';
import { NotFound } from '../../../components/NotFound';
import { shellRoutes } from '../../../app/shellRoutes';
import { ProblemMessage } from '../../../components/ProblemMessage';
import { useDelivery } from '../api/getDelivery';
import { DeliveryDetails } from './DeliveryDetails';

export function DeliveryPage() {
  const { deliveryId = '' } = useParams();
  if (!id.safeParse(deliveryId).success) return <NotFound />;
  return <DeliveryView deliveryId={deliveryId} />;
}

function DeliveryView({ deliveryId }: { deliveryId: string }) {
  const { basename } = useSlice();
  const delivery = useDelivery(deliveryId);

  return (
    <section className="dlv-page">
      <Link className="dlv-back" to={basename}>
        ← All deliveries
      </Link>
      <h1 className="dlv-title">Delivery</h1>
      {delivery.isPending && <p className="dlv-muted">Loading the delivery…</p>}
      {delivery.isError && (
        <ProblemMessage title="This delivery could not be loaded." error={delivery.error} onRetry={() => void delivery.refetch()} />
      )}
      {delivery.data && (
        <>
          <DeliveryDetails delivery={delivery.data} />
          <Link className="dlv-link" to={`${shellRoutes.orders}/${delivery.data.orderId}`}>
            View the order
          </Link>
        </>
      )}
    </section>
  );
}

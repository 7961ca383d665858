import { Link, useSearchParams } from 'react-router';
import { id } from '@tiffin/contracts';
import { ProblemMessage, shellRoutes } from '@tiffin/slice-kit';
import { useDeliveries } from '../api/getDeliveries';
import { useLiveDeliveries } from '../api/liveDeliveries';
import { DeliveryCard } from './DeliveryCard';
import { OrderDelivery } from './OrderDelivery';

export function DeliveryListPage() {
  const [searchParams] = useSearchParams();
  const orderId = searchParams.get('orderId');
  if (orderId && id.safeParse(orderId).success) return <OrderDelivery orderId={orderId} />;
  return <AllDeliveries />;
}

function AllDeliveries() {
  const deliveries = useDeliveries(null, useLiveDeliveries());

  return (
    <section className="tk-page" aria-labelledby="dlv-list-heading">
      <h1 id="dlv-list-heading" className="tk-title">
        Your deliveries
      </h1>
      {deliveries.isPending && <p className="tk-muted">Loading your deliveries…</p>}
      {deliveries.isError && (
        <ProblemMessage title="Your deliveries could not be loaded." error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      )}
      {deliveries.data?.length === 0 && (
        <p className="tk-empty">
          No deliveries yet. Once a restaurant accepts your order, its delivery shows up here.{' '}
          <Link to={shellRoutes.order}>See your orders</Link>.
        </p>
      )}
      {deliveries.data && deliveries.data.length > 0 && (
        <ul className="tk-list" aria-label="Deliveries">
          {deliveries.data.map((delivery) => (
            <li key={delivery.id}>
              <DeliveryCard delivery={delivery} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

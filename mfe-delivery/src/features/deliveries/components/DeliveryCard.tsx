import { Link } from 'react-router';
import type { Delivery } from '@tiffin/contracts';
import { formatDateTime } from '../../../lib/formatDateTime';

export function DeliveryCard({ delivery }: { delivery: Delivery }) {
  return (
    <article className="dlv-card">
      <div>
        <h2 className="dlv-card-title">
          <Link className="dlv-card-link" to={delivery.id}>
            {delivery.restaurantName}
          </Link>
        </h2>
        <p className="dlv-muted">
          To {delivery.deliveryAddress} · scheduled {formatDateTime(delivery.scheduledAt)}
        </p>
      </div>
      <span className={`dlv-badge dlv-badge-${delivery.status.toLowerCase()}`}>{delivery.status}</span>
    </article>
  );
}

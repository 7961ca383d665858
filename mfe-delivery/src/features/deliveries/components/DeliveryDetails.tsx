import type { Delivery } from '@tiffin/contracts';
import { formatDateTime } from '@tiffin/slice-kit';
import { TrackedDelivery } from '../../tracking/components/TrackedDelivery';
import { DeliveryStatus } from './DeliveryStatus';

export function DeliveryDetails({ delivery }: { delivery: Delivery }) {
  return (
    <article className="tk-card" aria-labelledby={`dlv-heading-${delivery.id}`}>
      <h2 id={`dlv-heading-${delivery.id}`} className="tk-subtitle">
        From {delivery.restaurantName}
      </h2>
      <DeliveryStatus delivery={delivery} />
      <TrackedDelivery delivery={delivery} />
      <dl className="dlv-facts">
        <dt>Pick-up</dt>
        <dd>{delivery.pickupAddress}</dd>
        <dt>Delivering to</dt>
        <dd>{delivery.deliveryAddress}</dd>
        <dt>Scheduled</dt>
        <dd>{formatDateTime(delivery.scheduledAt)}</dd>
        <dt>Last update</dt>
        <dd>{formatDateTime(delivery.updatedAt)}</dd>
      </dl>
    </article>
  );
}

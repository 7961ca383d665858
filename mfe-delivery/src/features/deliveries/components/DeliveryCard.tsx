import type { Delivery } from '@tiffin/contracts';
import { Badge, formatDateTime, LinkedRow } from '@tiffin/slice-kit';
import { deliveryHeadline } from '../deliveryProgress';
import { deliveryStatusTone } from '../statusTone';

export function DeliveryCard({ delivery }: { delivery: Delivery }) {
  return (
    <LinkedRow
      to={delivery.id}
      title={delivery.restaurantName}
      detail={`To ${delivery.deliveryAddress} · scheduled ${formatDateTime(delivery.scheduledAt)}`}
    >
      <Badge tone={deliveryStatusTone[delivery.status]}>{deliveryHeadline[delivery.status]}</Badge>
    </LinkedRow>
  );
}

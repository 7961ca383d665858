import type { Delivery } from '@tiffin/contracts';
import { StatusPanel } from '@tiffin/slice-kit';
import { deliveryHeadline, deliveryStatusText } from '../deliveryProgress';
import { deliveryStatusTone } from '../statusTone';

/** Where the delivery is now, announced as it changes; its steps and times are the tracking's. */
export function DeliveryStatus({ delivery }: { delivery: Delivery }) {
  return (
    <StatusPanel
      headline={deliveryHeadline[delivery.status]}
      tone={deliveryStatusTone[delivery.status]}
      explanation={deliveryStatusText[delivery.status]}
    />
  );
}

import type { Delivery } from '@tiffin/contracts';
import { StatusPanel } from '@tiffin/slice-kit';
import { deliveryHeadline, deliveryStatusText, stepStates } from '../deliveryProgress';
import { deliveryStatusTone } from '../statusTone';

const stepLabels: Record<Delivery['status'], string> = {
  SCHEDULED: 'Scheduled',
  ASSIGNED: 'Courier assigned',
  PICKED_UP: 'Picked up',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** Where the delivery is now, announced as it changes, with the road it takes. */
export function DeliveryStatus({ delivery }: { delivery: Delivery }) {
  return (
    <StatusPanel
      headline={deliveryHeadline[delivery.status]}
      tone={deliveryStatusTone[delivery.status]}
      explanation={deliveryStatusText[delivery.status]}
    >
      {delivery.status !== 'CANCELLED' && (
        <ol className="dlv-steps" aria-label="Delivery progress">
          {stepStates(delivery.status).map(({ step, state }) => (
            <li key={step} className={`dlv-step dlv-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              {stepLabels[step]}
            </li>
          ))}
        </ol>
      )}
    </StatusPanel>
  );
}

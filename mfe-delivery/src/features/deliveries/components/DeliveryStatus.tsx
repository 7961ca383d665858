import type { Delivery } from '@tiffin/contracts';
import { deliveryStatusText, stepStates } from '../deliveryProgress';

const stepLabels: Record<Delivery['status'], string> = {
  SCHEDULED: 'Scheduled',
  PICKED_UP: 'Picked up',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** Where the delivery is now, announced as it changes, with the road it takes. */
export function DeliveryStatus({ delivery }: { delivery: Delivery }) {
  return (
    <div className={`dlv-status-panel dlv-status-panel-${delivery.status.toLowerCase()}`}>
      <p className="dlv-status" role="status" aria-live="polite">
        {delivery.status}
      </p>
      <p className="dlv-status-explanation">{deliveryStatusText[delivery.status]}</p>
      {delivery.status !== 'CANCELLED' && (
        <ol className="dlv-steps" aria-label="Delivery progress">
          {stepStates(delivery.status).map(({ step, state }) => (
            <li key={step} className={`dlv-step dlv-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              {stepLabels[step]}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

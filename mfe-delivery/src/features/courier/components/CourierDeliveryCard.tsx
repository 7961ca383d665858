import type { Delivery } from '@tiffin/contracts';
import { Badge, classNames, formatDateTime, formatMoney } from '@tiffin/slice-kit';
import { deliveryStatusTone } from '../../deliveries/statusTone';
import type { CourierStep } from '../api/moveDelivery';
import { courierStatusText, isUnderWay, nextStep, waitingFor } from '../courierSteps';
import { LocationSharing } from './LocationSharing';

interface Props {
  delivery: Delivery;
  /** Now, for how long an offer has waited; passed in so every card of a list agrees. */
  now: number;
  /** A step on this delivery is on its way. */
  busy: boolean;
  /** Whether any step is on its way: one at a time, so a double tap never sends two. */
  disabled: boolean;
  onStep: (step: CourierStep) => void;
}

/** One delivery as a courier needs it: where to pick up, where to go, what it is worth, and the next step. */
export function CourierDeliveryCard({ delivery, now, busy, disabled, onStep }: Props) {
  const step = nextStep(delivery.status);
  const offered = delivery.status === 'SCHEDULED';
  const headingId = `courier-dlv-${delivery.id}`;

  return (
    <article className="tk-card dlv-courier-card" aria-labelledby={headingId}>
      <header className="dlv-courier-card-header">
        <h3 id={headingId} className="tk-subtitle">
          {delivery.restaurantName}
        </h3>
        {!offered && <Badge tone={deliveryStatusTone[delivery.status]}>{courierStatusText[delivery.status]}</Badge>}
      </header>
      <dl className="dlv-facts">
        <dt>Pick up at</dt>
        <dd>{delivery.pickupAddress}</dd>
        <dt>Deliver to</dt>
        <dd>{delivery.deliveryAddress}</dd>
        {delivery.totalCents !== null && (
          <>
            <dt>Order total</dt>
            <dd>{formatMoney(delivery.totalCents)}</dd>
          </>
        )}
        {offered ? (
          <>
            <dt>Waiting for</dt>
            <dd>{waitingFor(delivery.scheduledAt, now)}</dd>
          </>
        ) : (
          <>
            <dt>Last update</dt>
            <dd>{formatDateTime(delivery.updatedAt)}</dd>
          </>
        )}
      </dl>
      {isUnderWay(delivery.status) && <LocationSharing delivery={delivery} />}
      {step && (
        <button
          type="button"
          className={classNames('tk-button', 'dlv-courier-step', busy && 'tk-button-busy')}
          disabled={disabled}
          onClick={() => onStep({ deliveryId: delivery.id, action: step.action })}
        >
          {busy ? step.busyLabel : step.label}
        </button>
      )}
    </article>
  );
}

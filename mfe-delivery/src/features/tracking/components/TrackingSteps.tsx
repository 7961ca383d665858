import type { DeliveryTrackingNow, TrackingStep } from '@tiffin/contracts';
import { classNames, formatTime } from '@tiffin/slice-kit';

const stepLabels: Record<TrackingStep, string> = {
  confirmed: 'Order confirmed',
  accepted: 'Accepted by the kitchen',
  preparing: 'Being prepared',
  ready: 'Ready for pick-up',
  assigned: 'A courier took it',
  'picked-up': 'Picked up',
  delivered: 'Delivered',
};

/** Every step of the order's road to the door, each with the time it happened; the next one marked. */
export function TrackingSteps({ tracking }: { tracking: DeliveryTrackingNow }) {
  const cancelled = tracking.delivery.status === 'CANCELLED';
  const next = cancelled ? undefined : tracking.steps.find((step) => step.at === null)?.step;
  return (
    <ol className="dlv-timeline" aria-label="Delivery progress">
      {tracking.steps.map(({ step, at }) => (
        <li
          key={step}
          className={classNames('dlv-timeline-step', at ? 'dlv-step-done' : step === next ? 'dlv-step-current' : 'dlv-step-ahead')}
          aria-current={step === next ? 'step' : undefined}
        >
          <span>{stepLabels[step]}</span>
          {at ? <time dateTime={at}>{formatTime(at)}</time> : <span className="tk-muted">not yet</span>}
        </li>
      ))}
    </ol>
  );
}

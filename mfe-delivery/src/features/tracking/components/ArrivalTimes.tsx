import type { DeliveryTrackingNow } from '@tiffin/contracts';
import { formatTime } from '@tiffin/slice-kit';

/** When the food should be at the door and when at the latest, from the kitchen's times and the ride. */
export function ArrivalTimes({ tracking }: { tracking: DeliveryTrackingNow }) {
  const { arrival, delivery } = tracking;
  if (delivery.status === 'CANCELLED') return null;
  if (delivery.status === 'DELIVERED') {
    const at = tracking.steps.find((step) => step.step === 'delivered')?.at;
    return at ? <p className="dlv-arrival">Delivered at {formatTime(at)}.</p> : null;
  }
  if (!arrival) return <p className="dlv-arrival tk-muted">We can say when it arrives once the kitchen has accepted your order.</p>;
  return (
    <p className="dlv-arrival">
      Arriving around <strong>{formatTime(arrival.estimate)}</strong>, by <strong>{formatTime(arrival.latest)}</strong> at the latest.
    </p>
  );
}

import type { Delivery } from '@tiffin/contracts';
import { ProblemMessage } from '@tiffin/slice-kit';
import { useTracking } from '../api/getTracking';
import { useLiveTracking } from '../api/useLiveTracking';
import { CityMap } from '../map/CityMap';
import { ArrivalTimes } from './ArrivalTimes';
import { TrackingSteps } from './TrackingSteps';

/**
 * The part of a delivery worth watching: each step with its time, when it should arrive, and the
 * courier on the map, followed live from the page's first read on.
 */
export function TrackedDelivery({ delivery }: { delivery: Delivery }) {
  // The first read only: the live part below asks again, and only while its stream is down.
  const first = useTracking(delivery.id, { poll: false });
  if (first.isError) return <ProblemMessage title="Where your delivery is could not be loaded." error={first.error} onRetry={() => void first.refetch()} />;
  if (!first.data) return <p className="tk-muted">Finding your delivery on the map…</p>;
  return <LiveTracking deliveryId={delivery.id} after={first.data.seq} />;
}

function LiveTracking({ deliveryId, after }: { deliveryId: string; after: number }) {
  const live = useLiveTracking(deliveryId, after);
  const tracking = useTracking(deliveryId, { poll: !live }).data;
  if (!tracking) return null;
  return (
    <section className="dlv-tracking" aria-label="Tracking">
      <ArrivalTimes tracking={tracking} />
      <TrackingSteps tracking={tracking} />
      <CityMap tracking={tracking} />
    </section>
  );
}

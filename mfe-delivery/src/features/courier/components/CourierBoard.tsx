import type { Delivery } from '@tiffin/contracts';
import { ProblemMessage, useSlice } from '@tiffin/slice-kit';
import { useMoveDelivery, type CourierStep } from '../api/moveDelivery';
import { useCourierBoard } from '../api/useCourierBoard';
import { useStepFailureNotice } from '../api/useStepFailureNotice';
import { failedStepTitle, splitByProgress } from '../courierSteps';
import { CourierDeliveryCard } from './CourierDeliveryCard';

interface ListProps {
  deliveries: Delivery[];
  label: string;
  now: number;
  moving: CourierStep | undefined;
  onStep: (step: CourierStep) => void;
}

function CourierDeliveryList({ deliveries, label, now, moving, onStep }: ListProps) {
  return (
    <ul className="tk-list" aria-label={label}>
      {deliveries.map((delivery) => (
        <li key={delivery.id}>
          <CourierDeliveryCard
            delivery={delivery}
            now={now}
            busy={moving?.deliveryId === delivery.id}
            disabled={moving !== undefined}
            onStep={onStep}
          />
        </li>
      ))}
    </ul>
  );
}

/** The courier's screen at /delivery: what they carry now, what is on offer, and what they delivered. */
export function CourierBoard() {
  const { session } = useSlice();
  const { offered, mine } = useCourierBoard();
  const move = useMoveDelivery();
  useStepFailureNotice(move.error, move.reset);
  const moving = move.isPending ? move.variables : undefined;
  const now = Date.now();
  const own = mine.data ? splitByProgress(mine.data) : undefined;
  const step = (next: CourierStep) => move.mutate(next);

  return (
    <section className="tk-page" aria-labelledby="courier-heading">
      <header>
        <h1 id="courier-heading" className="tk-title">
          Your deliveries
        </h1>
        <p className="tk-muted">Signed in as {session.identity.displayName}. This page updates by itself.</p>
      </header>
      {move.isError && move.variables && (
        <ProblemMessage title={failedStepTitle[move.variables.action]} error={move.error} />
      )}

      <section className="dlv-courier-section" aria-labelledby="courier-active-heading">
        <h2 id="courier-active-heading" className="tk-subtitle">
          Under way
        </h2>
        {mine.isPending && <p className="tk-muted">Loading your deliveries…</p>}
        {mine.isError && <ProblemMessage title="Your deliveries could not be loaded." error={mine.error} onRetry={() => void mine.refetch()} />}
        {own?.active.length === 0 && <p className="tk-empty">Nothing under way. Take a delivery from the offers below.</p>}
        {own && own.active.length > 0 && (
          <CourierDeliveryList deliveries={own.active} label="Deliveries under way" now={now} moving={moving} onStep={step} />
        )}
      </section>

      <section className="dlv-courier-section" aria-labelledby="courier-offered-heading">
        <h2 id="courier-offered-heading" className="tk-subtitle">
          On offer
        </h2>
        {offered.isPending && <p className="tk-muted">Loading the deliveries on offer…</p>}
        {offered.isError && (
          <ProblemMessage title="The deliveries on offer could not be loaded." error={offered.error} onRetry={() => void offered.refetch()} />
        )}
        {offered.data?.length === 0 && <p className="tk-empty">No deliveries on offer right now. New ones appear here as restaurants confirm orders.</p>}
        {offered.data && offered.data.length > 0 && (
          <CourierDeliveryList deliveries={offered.data} label="Deliveries on offer" now={now} moving={moving} onStep={step} />
        )}
      </section>

      {own && own.past.length > 0 && (
        <section className="dlv-courier-section" aria-labelledby="courier-past-heading">
          <h2 id="courier-past-heading" className="tk-subtitle">
            Done
          </h2>
          <CourierDeliveryList deliveries={own.past} label="Past deliveries" now={now} moving={moving} onStep={step} />
        </section>
      )}
    </section>
  );
}

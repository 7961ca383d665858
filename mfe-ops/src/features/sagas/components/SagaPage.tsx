import { Link } from 'react-router';
import { Badge, NotFound, ProblemMessage, formatDateTime, useIdParam, useSlice } from '@tiffin/slice-kit';
import { PaymentPanel } from '../../payments/components/PaymentPanel';
import { useSaga } from '../api/getSaga';
import { TraceLink } from '../../traces/components/TraceLink';
import { SagaActions } from './SagaActions';
import { SagaSteps } from './SagaSteps';
import { stateTone } from './stateTone';

/** One saga as it happens: where it is, each step with its commands and replies, and the repairs. */
export function SagaPage() {
  const sagaId = useIdParam('sagaId');
  if (!sagaId) return <NotFound title="No such saga" homeLinkText="Back to the overview" />;
  return <Saga sagaId={sagaId} />;
}

function Saga({ sagaId }: { sagaId: string }) {
  const saga = useSaga(sagaId);
  const { basename } = useSlice();
  return (
    <section className="tk-page ops-page" aria-labelledby="ops-saga-heading">
      <Link className="tk-back" to={`${basename}/sagas`}>
        ← All sagas
      </Link>
      <h1 id="ops-saga-heading" className="tk-title">
        {saga.data?.type ?? 'Saga'} <span className="ops-id">{sagaId}</span>
      </h1>
      {saga.isError && <ProblemMessage title="This saga could not be loaded." error={saga.error} onRetry={() => void saga.refetch()} />}
      {saga.data && (
        <>
          <p className="ops-saga-state" role="status" aria-live="polite">
            <Badge tone={stateTone(saga.data.state)}>{saga.data.state}</Badge> {saga.data.stuck && <Badge tone="danger">Stuck: {saga.data.stuck.reason}</Badge>}{' '}
            {saga.data.step && <>at “{saga.data.step}”</>}
            {saga.data.awaiting.length > 0 && <>, waiting for {saga.data.awaiting.join(' and ')}</>}
            {saga.data.deadlineAt && <> until {formatDateTime(saga.data.deadlineAt)}</>}
          </p>
          {saga.data.failureReason && <p className="ops-failure">Ended because: {saga.data.failureReason}</p>}
          <dl className="ops-facts">
            <dt>Started</dt>
            <dd>{formatDateTime(saga.data.createdAt)}</dd>
            <dt>Trace</dt>
            <dd>
              <TraceLink traceId={saga.data.traceId} />
            </dd>
            {saga.data.consumerId && (
              <>
                <dt>Customer</dt>
                <dd className="ops-id">{saga.data.consumerId}</dd>
              </>
            )}
            {saga.data.restaurantId && (
              <>
                <dt>Restaurant</dt>
                <dd className="ops-id">{saga.data.restaurantId}</dd>
              </>
            )}
          </dl>
          <SagaActions saga={saga.data} />
          {saga.data.type === 'create-order' && <PaymentPanel orderId={saga.data.id} />}
          <SagaSteps saga={saga.data} />
        </>
      )}
      {saga.isPending && <p className="tk-muted">Loading the saga…</p>}
    </section>
  );
}

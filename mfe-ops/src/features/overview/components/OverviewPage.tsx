import { Link } from 'react-router';
import { Badge, ProblemMessage, formatDateTime, useSlice } from '@tiffin/slice-kit';
import { useOverview } from '../api/getOverview';
import { useStuckSagaCount } from '../../sagas/api/searchSagas';
import { useMetricsHistory } from '../../metrics/api/getMetricsHistory';
import { PartCharts } from '../../metrics/components/PartCharts';

export function OverviewPage() {
  const overview = useOverview();
  const stuck = useStuckSagaCount();
  const history = useMetricsHistory();
  const { basename } = useSlice();
  const down = overview.data?.parts.filter((part) => !part.up) ?? [];
  return (
    <section className="tk-page ops-page" aria-labelledby="ops-overview-heading">
      <h1 id="ops-overview-heading" className="tk-title">
        Operations
      </h1>
      {overview.isError && <ProblemMessage title="The overview could not be loaded." error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isPending && <p className="tk-muted">Asking every service…</p>}
      {overview.data && (
        <>
          <p className="ops-summary" role="status">
            {down.length === 0 ? 'Every service is up.' : `${down.length} of ${overview.data.parts.length} services ${down.length === 1 ? 'is' : 'are'} down.`}{' '}
            {stuck !== undefined && (
              <Link to={`${basename}/sagas?stuck=true`}>{stuck === 0 ? 'No saga is stuck.' : `${stuck} ${stuck === 1 ? 'saga looks' : 'sagas look'} stuck.`}</Link>
            )}
          </p>
          <ul className="ops-parts" aria-label="Services">
            {overview.data.parts.map((part) => (
              <li key={part.name} className="tk-card ops-part">
                <span className="ops-part-name">{part.name}</span>
                <Badge tone={part.up ? 'success' : 'danger'}>{part.up ? 'Up' : 'Down'}</Badge>
                {part.brokerConnected === false && <Badge tone="danger">Broker disconnected</Badge>}
                {part.problem && <span className="tk-muted ops-part-problem">{part.problem}</span>}
              </li>
            ))}
          </ul>
          <p className="tk-muted">Checked {formatDateTime(overview.data.checkedAt)}; asked again every 2 s.</p>
        </>
      )}
      {history.data && <PartCharts history={history.data} upNow={new Map(overview.data?.parts.map((part) => [part.name, part.up]))} />}
    </section>
  );
}

import { ProblemMessage, formatDateTime } from '@tiffin/slice-kit';
import { useOverview } from '../api/getOverview';

export function OverviewPage() {
  const overview = useOverview();
  return (
    <section className="tk-page ops-overview" aria-labelledby="ops-heading">
      <h1 id="ops-heading" className="tk-title">
        Ops
      </h1>
      {overview.isPending && <p className="tk-muted">Loading…</p>}
      {overview.isError && <ProblemMessage title="This page could not be loaded." error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <p>
          The order service answered at {formatDateTime(overview.data.checkedAt)}.
        </p>
      )}
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { ProblemMessage, formatDateTime, useSlice } from '@tiffin/slice-kit';
import { useTrace } from '../api/getTrace';
import { TraceWaterfall } from './TraceWaterfall';

/** One trace, whole: every process's spans of an order as one waterfall, and which processes did not answer. */
export function TracePage() {
  const { traceId = '' } = useParams();
  const trace = useTrace(traceId);
  const { basename } = useSlice();
  const silent = trace.data?.parts.filter((part) => part.problem !== null) ?? [];
  const processes = new Set(trace.data?.spans.map((span) => span.part));
  return (
    <section className="tk-page ops-page" aria-labelledby="ops-trace-heading">
      <Link className="tk-back" to={`${basename}/traces`}>
        ← Find another trace
      </Link>
      <h1 id="ops-trace-heading" className="tk-title">
        Trace <span className="ops-id">{traceId}</span>
      </h1>
      {trace.isError && <ProblemMessage title="This trace could not be loaded." error={trace.error} onRetry={() => void trace.refetch()} />}
      {trace.isPending && <p className="tk-muted">Asking every process for its spans…</p>}
      {trace.data && (
        <>
          <p role="status">
            {trace.data.spans.length === 0
              ? 'No process holds this trace any more: each keeps its newest spans only.'
              : `${trace.data.spans.length} spans from ${processes.size} processes, ${Math.round(trace.data.durationMs)} ms from first to last`}
            {trace.data.startedAt !== null && <>, started {formatDateTime(new Date(trace.data.startedAt).toISOString())}</>}.{' '}
            <button type="button" className="tk-button tk-button-secondary" onClick={() => void trace.refetch()}>
              Read again
            </button>
          </p>
          {silent.length > 0 && (
            <p className="tk-muted">
              Not included: {silent.map((part) => `${part.part} (${part.problem})`).join('; ')}.
            </p>
          )}
          {trace.data.spans.length > 0 && <TraceWaterfall trace={trace.data} />}
        </>
      )}
    </section>
  );
}

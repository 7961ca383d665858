import { Link } from 'react-router';
import { useSlice } from '@tiffin/slice-kit';

/** Where a saga's trace is: its id, linked to its waterfall. */
export function TraceLink({ traceId }: { traceId: string | null }) {
  const { basename } = useSlice();
  if (!traceId) return <span className="tk-muted">not traced</span>;
  return (
    <Link to={`${basename}/traces/${traceId}`} className="ops-id">
      {traceId}
    </Link>
  );
}

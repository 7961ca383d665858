import { Badge, ProblemMessage, formatDateTime } from '@tiffin/slice-kit';
import { useAuditLog } from '../api/getAudit';
import type { AuditAction } from '@tiffin/contracts/audit';

const outcomeTone = { done: 'success', failed: 'danger', 'under way': 'warning' } as const;
const actionWords: Record<AuditAction, string> = {
  'retry-saga': 'Retried a saga’s step',
  'abandon-saga': 'Gave up on a saga’s step',
  'cancel-order': 'Cancelled an order',
  'replay-dead-letters': 'Replayed dead letters',
  'discard-dead-letters': 'Discarded dead letters',
};

/** What operators did to the installation: who, when, what, to what, and how it ended. */
export function AuditPage() {
  const log = useAuditLog();
  return (
    <section className="tk-page ops-page" aria-labelledby="ops-audit-heading">
      <h1 id="ops-audit-heading" className="tk-title">
        Audit log
      </h1>
      {log.isError && <ProblemMessage title="The audit log could not be loaded." error={log.error} onRetry={() => void log.refetch()} />}
      {log.data?.entries.length === 0 && <p className="tk-empty">No operator has acted yet.</p>}
      {log.data && log.data.entries.length > 0 && (
        <table className="ops-table" aria-label="Audit log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">To</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {log.data.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.requestedAt)}</td>
                <td>{entry.actor.displayName}</td>
                <td>
                  {actionWords[entry.action]}
                  {entry.detail && <span className="tk-muted"> “{entry.detail}”</span>}
                </td>
                <td>{entry.target}</td>
                <td>
                  <Badge tone={outcomeTone[entry.outcome]}>{entry.outcome}</Badge> {entry.outcomeDetail}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

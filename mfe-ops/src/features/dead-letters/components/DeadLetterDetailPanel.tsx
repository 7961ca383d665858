import type { DeadLetterRef } from '@tiffin/contracts/ops-bff';
import { ProblemMessage } from '@tiffin/slice-kit';
import { useDeadLetter } from '../api/getDeadLetters';

/** One letter whole: its body as the consumer received it, shown as text (never rendered as HTML). */
export function DeadLetterDetailPanel({ letter, onClose }: { letter: DeadLetterRef; onClose: () => void }) {
  const detail = useDeadLetter(letter);
  return (
    <aside className="tk-card ops-letter" aria-label={`Dead letter ${letter.id}`}>
      <div className="ops-step-head">
        <span className="ops-step-name">
          {letter.consumer} · {letter.id}
        </span>
        <button type="button" className="tk-button tk-button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {detail.isError && <ProblemMessage title="This letter could not be read." error={detail.error} />}
      {detail.data && (
        <>
          <p>
            {detail.data.reason === 'malformed' ? 'Unreadable' : `Failed ${detail.data.attempts} times`}: {detail.data.error}
          </p>
          <pre className="ops-body">{detail.data.message ? JSON.stringify(detail.data.message, null, 2) : detail.data.body}</pre>
        </>
      )}
    </aside>
  );
}

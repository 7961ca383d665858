import { useId, useState, type FormEvent } from 'react';
import { classNames } from '@tiffin/slice-kit';

interface Props {
  busy: boolean;
  onReject: (reason: string) => void;
  onKeep: () => void;
}

/** Why the kitchen cannot make an order, in the words the customer will read. */
export function RejectForm({ busy, onReject, onKeep }: Props) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    // The same rule as the BFF's, said before the round trip.
    const tooShort = trimmed.length < 3;
    setProblem(tooShort ? 'Say in a few words why, for the customer' : null);
    if (!tooShort) onReject(trimmed);
  }

  return (
    <form className="ord-reject-form" onSubmit={submit} noValidate>
      <label className="ord-field-label" htmlFor={`${id}-reason`}>
        Why can’t you make it? The customer reads this.
      </label>
      <textarea
        id={`${id}-reason`}
        className="ord-field"
        rows={2}
        maxLength={200}
        value={reason}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="ord-field-error">
          {problem}
        </p>
      )}
      <div className="ord-ticket-actions">
        <button type="button" className="tk-button tk-button-secondary" onClick={onKeep} disabled={busy}>
          Keep the order
        </button>
        <button type="submit" className={classNames('tk-button', 'ord-danger-button', busy && 'tk-button-busy')} disabled={busy}>
          {busy ? 'Rejecting…' : 'Reject order'}
        </button>
      </div>
    </form>
  );
}

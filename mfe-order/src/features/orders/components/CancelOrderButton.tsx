import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { classNames } from '@tiffin/slice-kit';

interface Props {
  /** The request is on its way, or accepted and the order not CANCELLED yet. */
  busy: boolean;
  onCancel: () => void;
}

/**
 * Cancel, asked twice: the first press asks whether to cancel and what it means, and only "Yes,
 * cancel order" cancels. The question is an alert dialog in the page (no `window.confirm`): focus
 * moves to its safe choice, Escape or "Keep my order" puts it away and gives focus back.
 */
export function CancelOrderButton({ busy, onCancel }: Props) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) cancel.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (asking && !busy) {
    const dismiss = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setAsking(false);
    };
    return (
      <div
        role="alertdialog"
        aria-labelledby={`${id}-question`}
        aria-describedby={`${id}-meaning`}
        className="tk-card ord-cancel-confirm"
        onKeyDown={dismiss}
      >
        <p id={`${id}-question`} className="ord-cancel-question">
          Cancel this order?
        </p>
        <p id={`${id}-meaning`} className="tk-muted">
          The restaurant will not make it, and the hold on your card is released: nothing is charged.
        </p>
        <div className="ord-ticket-actions">
          <button ref={keep} type="button" className="tk-button tk-button-secondary" onClick={() => setAsking(false)}>
            Keep my order
          </button>
          <button
            type="button"
            className="tk-button ord-danger-button"
            onClick={() => {
              setAsking(false);
              onCancel();
            }}
          >
            Yes, cancel order
          </button>
        </div>
      </div>
    );
  }

  return (
    <button
      ref={cancel}
      type="button"
      className={classNames('tk-button', 'tk-button-secondary', busy && 'tk-button-busy')}
      disabled={busy}
      onClick={() => setAsking(true)}
    >
      {busy ? 'Cancelling…' : 'Cancel order'}
    </button>
  );
}

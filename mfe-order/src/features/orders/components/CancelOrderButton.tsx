import { classNames } from '@tiffin/slice-kit';

interface Props {
  /** The request is on its way, or accepted and the order not CANCELLED yet. */
  busy: boolean;
  onCancel: () => void;
}

export function CancelOrderButton({ busy, onCancel }: Props) {
  return (
    <button
      type="button"
      className={classNames('tk-button', 'tk-button-secondary', busy && 'tk-button-busy')}
      disabled={busy}
      onClick={onCancel}
    >
      {busy ? 'Cancelling…' : 'Cancel order'}
    </button>
  );
}

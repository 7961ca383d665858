import { useId, useState, type FormEvent } from 'react';
import { ProblemMessage, classNames } from '@tiffin/slice-kit';
import type { SagaDetail } from '../api/getSaga';
import { useSagaAction } from '../api/sagaActions';

/**
 * The repairs that fit where the saga is: send the step's commands again (once the participant is
 * back), give up on the step and undo what was done, or cancel an approved order. Each press is one
 * audited action; what it did is said below.
 */
export function SagaActions({ saga }: { saga: SagaDetail }) {
  const id = useId();
  const action = useSagaAction(saga.id);
  const [reason, setReason] = useState('');
  const running = saga.state === 'running';
  const approvedOrder = saga.type === 'create-order' && saga.state === 'succeeded';
  if (!running && !approvedOrder) return null;

  function abandon(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) action.mutate({ kind: 'abandon', reason: reason.trim() });
  }

  return (
    <div className="ops-actions" aria-label="Repairs">
      {running && (
        <>
          <button type="button" className={classNames('tk-button', action.isPending && 'tk-button-busy')} disabled={action.isPending || saga.awaiting.length === 0} onClick={() => action.mutate({ kind: 'retry' })}>
            Retry the step
          </button>
          <form className="ops-abandon" onSubmit={abandon}>
            <label htmlFor={`${id}-reason`}>Why give up? The customer reads this.</label>
            <input id={`${id}-reason`} value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
            <button type="submit" className="tk-button tk-button-secondary" disabled={action.isPending || !reason.trim()}>
              Give up and undo
            </button>
          </form>
        </>
      )}
      {approvedOrder && (
        <button type="button" className="tk-button tk-button-secondary" disabled={action.isPending} onClick={() => action.mutate({ kind: 'cancel-order', orderId: saga.id })}>
          Cancel the order and release the card
        </button>
      )}
      {action.data && (
        <p className="ops-outcome" role="status">
          {action.data.outcome === 'done' ? 'Done' : action.data.outcome}: {action.data.outcomeDetail}
        </p>
      )}
      {action.isError && <ProblemMessage title="The repair was not made." error={action.error} />}
    </div>
  );
}

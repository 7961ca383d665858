import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { DeadLetterRef, OpsDeadLetter } from '@tiffin/contracts/ops-bff';
import { ProblemMessage, formatDateTime } from '@tiffin/slice-kit';
import { useDeadLetterAction } from '../api/deadLetterActions';
import { useDeadLetters, type DeadLetterFilter } from '../api/getDeadLetters';
import { DeadLetterDetailPanel } from './DeadLetterDetailPanel';
import { DeadLetterFilters } from './DeadLetterFilters';

const refOf = ({ service, consumer, id }: OpsDeadLetter): DeadLetterRef => ({ service, consumer, id });
const keyOf = (letter: DeadLetterRef) => `${letter.service}/${letter.consumer}/${letter.id}`;
const filterKeys = ['service', 'consumer', 'type', 'error'] as const;

/** Every service's dead letters in one list: pick some, replay them or discard them with a reason, in one action. */
export function DeadLettersPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))) as DeadLetterFilter;
  const letters = useDeadLetters(filter);
  const action = useDeadLetterAction();
  const [picked, setPicked] = useState<Map<string, DeadLetterRef>>(new Map());
  const [open, setOpen] = useState<DeadLetterRef | null>(null);
  const [reason, setReason] = useState('');
  const shown = letters.data?.letters ?? [];
  const selection = [...picked.values()];

  const toggle = (letter: DeadLetterRef) =>
    setPicked((before) => {
      const next = new Map(before);
      if (next.has(keyOf(letter))) next.delete(keyOf(letter));
      else next.set(keyOf(letter), letter);
      return next;
    });
  const allPicked = shown.length > 0 && shown.every((letter) => picked.has(keyOf(letter)));
  const pickAll = () => setPicked(allPicked ? new Map() : new Map(shown.slice(0, 100).map((letter) => [keyOf(letter), refOf(letter)])));
  // The letters acted on are gone from the list (replayed or discarded), the one open among them too.
  const done = () => {
    setPicked(new Map());
    setOpen(null);
  };

  function discard(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() && selection.length > 0) action.mutate({ kind: 'discard', letters: selection, reason: reason.trim() }, { onSuccess: done });
  }

  return (
    <section className="tk-page ops-page" aria-labelledby="ops-letters-heading">
      <h1 id="ops-letters-heading" className="tk-title">
        Dead letters
      </h1>
      <DeadLetterFilters key={params.toString()} filter={filter} onFilter={(next) => setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1]))))} />
      {letters.isError && <ProblemMessage title="The dead letters could not be loaded." error={letters.error} onRetry={() => void letters.refetch()} />}
      {letters.data?.unreachable.map((service) => (
        <p key={service.service} className="tk-notice tk-tone-warning">
          The {service.service} service did not answer, so its letters are not listed: {service.message}
        </p>
      ))}
      {action.data && (
        <p className="ops-outcome" role="status">
          {action.data.outcome === 'done' ? 'Done' : action.data.outcome}: {action.data.outcomeDetail}
        </p>
      )}
      {action.isError && <ProblemMessage title="The letters were not changed." error={action.error} />}
      {letters.data && shown.length === 0 && <p className="tk-empty">No dead letters.</p>}
      {shown.length > 0 && (
        <>
          <div className="ops-actions" aria-label="With the letters picked">
            <span>{selection.length === 1 ? '1 letter picked' : `${selection.length} letters picked`}</span>
            <button type="button" className="tk-button" disabled={selection.length === 0 || action.isPending} onClick={() => action.mutate({ kind: 'replay', letters: selection }, { onSuccess: done })}>
              Replay
            </button>
            <form className="ops-abandon" onSubmit={discard}>
              <label htmlFor={`${id}-reason`}>Why may they go?</label>
              <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
              <button type="submit" className="tk-button tk-button-secondary" disabled={selection.length === 0 || !reason.trim() || action.isPending}>
                Discard
              </button>
            </form>
          </div>
          <table className="ops-table" aria-label="Dead letters">
            <thead>
              <tr>
                <th scope="col">
                  <input type="checkbox" aria-label="Pick every letter shown" checked={allPicked} onChange={pickAll} />
                </th>
                <th scope="col">Service</th>
                <th scope="col">Queue</th>
                <th scope="col">Type</th>
                <th scope="col">Why</th>
                <th scope="col">Died</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((letter) => (
                <tr key={keyOf(letter)}>
                  <td>
                    <input type="checkbox" aria-label={`Pick letter ${letter.id}`} checked={picked.has(keyOf(letter))} onChange={() => toggle(refOf(letter))} />
                  </td>
                  <td>{letter.service}</td>
                  <td>{letter.consumer}</td>
                  <td>{letter.type ?? 'unreadable'}</td>
                  <td>
                    <button type="button" className="ops-link-button" onClick={() => setOpen(refOf(letter))}>
                      {letter.error}
                    </button>
                  </td>
                  <td>{formatDateTime(letter.deadAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {open && <DeadLetterDetailPanel letter={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

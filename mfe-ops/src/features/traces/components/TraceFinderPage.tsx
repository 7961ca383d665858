import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ProblemMessage, useSlice } from '@tiffin/slice-kit';
import { fetchSaga } from '../../sagas/api/getSaga';

const traceIdPattern = /^[0-9a-f]{32}$/;
const orderIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Finds a trace by its id, or by the order it is about (the order's saga remembers the trace it started in). */
export function TraceFinderPage() {
  const { bff, basename } = useSlice();
  const navigate = useNavigate();
  const [wanted, setWanted] = useState('');
  const [problem, setProblem] = useState<Error>();
  const [looking, setLooking] = useState(false);

  async function find(event: FormEvent) {
    event.preventDefault();
    const id = wanted.trim().toLowerCase();
    setProblem(undefined);
    if (traceIdPattern.test(id)) return void navigate(`${basename}/traces/${id}`);
    if (!orderIdPattern.test(id)) return setProblem(new Error('Give an order id (a UUID) or a trace id (32 hex digits).'));
    setLooking(true);
    try {
      const saga = await fetchSaga(bff, id);
      if (!saga.traceId) return setProblem(new Error('This order’s saga was not traced (sampling left it out, or it started before tracing).'));
      void navigate(`${basename}/traces/${saga.traceId}`);
    } catch (error) {
      setProblem(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setLooking(false);
    }
  }

  return (
    <section className="tk-page ops-page" aria-labelledby="ops-traces-heading">
      <h1 id="ops-traces-heading" className="tk-title">
        Traces
      </h1>
      <p className="tk-muted">An order’s trace follows it through every process: the edge, its BFF, the order service, the broker, each participant and their replies.</p>
      <form className="ops-trace-finder" onSubmit={(event) => void find(event)}>
        <label className="ops-filter">
          Order id or trace id
          <input value={wanted} onChange={(event) => setWanted(event.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" className="tk-button" disabled={looking}>
          Open trace
        </button>
      </form>
      {problem !== undefined && <ProblemMessage title="No trace to open." error={problem} />}
    </section>
  );
}

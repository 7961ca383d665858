import { Link, useSearchParams } from 'react-router';
import type { OpsSagaSearch } from '@tiffin/contracts/ops-bff';
import { Badge, ProblemMessage, useSlice } from '@tiffin/slice-kit';
import { Age } from '../../../components/Age';
import { useSagas } from '../api/searchSagas';
import { SagaFilters } from './SagaFilters';
import { stateTone } from './stateTone';

const searchKeys = ['orderId', 'consumerId', 'restaurantId', 'state', 'stuck'] as const;

/** Every saga of the installation, newest first, searchable; the filters live in the address, so a search can be shared. */
export function SagaListPage() {
  const [params, setParams] = useSearchParams();
  const search = Object.fromEntries(searchKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))) as OpsSagaSearch;
  const sagas = useSagas(search);
  const { basename } = useSlice();
  const onSearch = (next: OpsSagaSearch) => setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1]))));

  return (
    <section className="tk-page ops-page" aria-labelledby="ops-sagas-heading">
      <h1 id="ops-sagas-heading" className="tk-title">
        Sagas
      </h1>
      <SagaFilters key={params.toString()} search={search} onSearch={onSearch} />
      {sagas.isError && <ProblemMessage title="The sagas could not be loaded." error={sagas.error} onRetry={() => void sagas.refetch()} />}
      {sagas.isPending && <p className="tk-muted">Loading sagas…</p>}
      {sagas.data?.sagas.length === 0 && <p className="tk-empty">No saga matches.</p>}
      {sagas.data && sagas.data.sagas.length > 0 && (
        <table className="ops-table" aria-label="Sagas">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Saga</th>
              <th scope="col">State</th>
              <th scope="col">Step</th>
              <th scope="col">Waiting for</th>
              <th scope="col">Age</th>
            </tr>
          </thead>
          <tbody>
            {sagas.data.sagas.map((saga) => (
              <tr key={saga.id} className={saga.stuck ? 'ops-row-stuck' : undefined}>
                <td>
                  <Link to={`${basename}/sagas/${saga.id}`} className="ops-id">
                    {saga.id.slice(0, 8)}
                  </Link>
                </td>
                <td>{saga.type}</td>
                <td>
                  <Badge tone={stateTone(saga.state)}>{saga.state}</Badge> {saga.stuck && <Badge tone="danger">Stuck: {saga.stuck.reason}</Badge>}
                </td>
                <td>{saga.step ?? '—'}</td>
                <td>{saga.awaiting.join(', ') || '—'}</td>
                <td>
                  <Age since={saga.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

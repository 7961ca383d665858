import type { OpsSagaSearch } from '@tiffin/contracts/ops-bff';
import { FilterForm } from '../../../components/FilterForm';

const fields = [
  { name: 'orderId', label: 'Order', placeholder: 'id' },
  { name: 'consumerId', label: 'Customer', placeholder: 'id' },
  { name: 'restaurantId', label: 'Restaurant', placeholder: 'id' },
] as const;

interface Props {
  search: OpsSagaSearch;
  onSearch: (search: OpsSagaSearch) => void;
}

/** The list's search: by order, customer or restaurant id, state, and whether it looks stuck. */
export function SagaFilters({ search, onSearch }: Props) {
  return (
    <FilterForm
      label="Find sagas"
      fields={fields}
      values={search}
      submitLabel="Search"
      onSubmit={(texts, form) =>
        onSearch({
          ...texts,
          state: (String(form.get('state') ?? '') || undefined) as OpsSagaSearch['state'],
          stuck: form.get('stuck') ? 'true' : undefined,
        })
      }
    >
      {(id) => (
        <>
          <label className="ops-filter" htmlFor={`${id}-state`}>
            State
            <select id={`${id}-state`} name="state" defaultValue={search.state ?? ''}>
              <option value="">any</option>
              <option value="running">running</option>
              <option value="succeeded">succeeded</option>
              <option value="compensated">compensated</option>
            </select>
          </label>
          <label className="ops-filter ops-filter-check">
            <input type="checkbox" name="stuck" defaultChecked={search.stuck === 'true'} /> Only stuck
          </label>
        </>
      )}
    </FilterForm>
  );
}

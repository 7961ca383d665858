import { useId, type FormEvent } from 'react';
import type { OpsSagaSearch } from '@tiffin/contracts/ops-bff';

const fields = [
  { name: 'orderId', label: 'Order' },
  { name: 'consumerId', label: 'Customer' },
  { name: 'restaurantId', label: 'Restaurant' },
] as const;

interface Props {
  search: OpsSagaSearch;
  onSearch: (search: OpsSagaSearch) => void;
}

/** The list's search: by order, customer or restaurant id, state, and whether it looks stuck. */
export function SagaFilters({ search, onSearch }: Props) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    onSearch({
      orderId: text('orderId'),
      consumerId: text('consumerId'),
      restaurantId: text('restaurantId'),
      state: text('state') as OpsSagaSearch['state'],
      stuck: form.get('stuck') ? 'true' : undefined,
    });
  }
  return (
    <form className="ops-filters" onSubmit={submit} aria-label="Find sagas">
      {fields.map((field) => (
        <label key={field.name} className="ops-filter" htmlFor={`${id}-${field.name}`}>
          {field.label}
          <input id={`${id}-${field.name}`} name={field.name} defaultValue={search[field.name] ?? ''} placeholder="id" spellCheck={false} />
        </label>
      ))}
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
      <button type="submit" className="tk-button">
        Search
      </button>
    </form>
  );
}

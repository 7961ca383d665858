import { useId, type FormEvent } from 'react';
import type { DeadLetterFilter } from '../api/getDeadLetters';

const fields = [
  { name: 'service', label: 'Service' },
  { name: 'consumer', label: 'Queue' },
  { name: 'type', label: 'Message type' },
  { name: 'error', label: 'Error contains' },
] as const;

/** Narrows the letters by service, queue, message type and error. */
export function DeadLetterFilters({ filter, onFilter }: { filter: DeadLetterFilter; onFilter: (filter: DeadLetterFilter) => void }) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onFilter(Object.fromEntries(fields.map((field) => [field.name, String(form.get(field.name) ?? '').trim() || undefined])));
  }
  return (
    <form className="ops-filters" onSubmit={submit} aria-label="Find dead letters">
      {fields.map((field) => (
        <label key={field.name} className="ops-filter" htmlFor={`${id}-${field.name}`}>
          {field.label}
          <input id={`${id}-${field.name}`} name={field.name} defaultValue={filter[field.name] ?? ''} spellCheck={false} />
        </label>
      ))}
      <button type="submit" className="tk-button">
        Filter
      </button>
    </form>
  );
}

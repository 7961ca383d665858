import { FilterForm } from '../../../components/FilterForm';
import type { DeadLetterFilter } from '../api/getDeadLetters';

const fields = [
  { name: 'service', label: 'Service' },
  { name: 'consumer', label: 'Queue' },
  { name: 'type', label: 'Message type' },
  { name: 'error', label: 'Error contains' },
] as const;

/** Narrows the letters by service, queue, message type and error. */
export function DeadLetterFilters({ filter, onFilter }: { filter: DeadLetterFilter; onFilter: (filter: DeadLetterFilter) => void }) {
  return <FilterForm label="Find dead letters" fields={fields} values={filter} submitLabel="Filter" onSubmit={(texts) => onFilter(texts)} />;
}

import { useId, type FormEvent, type ReactNode } from 'react';

export interface TextFilter<Name extends string> {
  name: Name;
  label: string;
  placeholder?: string;
}

export type FilterTexts<Name extends string> = Partial<Record<Name, string>>;

interface Props<Name extends string> {
  label: string;
  fields: readonly TextFilter<Name>[];
  values: FilterTexts<Name>;
  submitLabel: string;
  /** The text fields as typed (trimmed; empty ones left out), and the whole form for any other control. */
  onSubmit: (texts: FilterTexts<Name>, form: FormData) => void;
  /** Controls after the text fields; given the form's id prefix for their labels. */
  children?: (id: string) => ReactNode;
}

/** A list's search form: labelled text fields read on submit, so typing does not refetch on each key. */
export function FilterForm<Name extends string>({ label, fields, values, submitLabel, onSubmit, children }: Props<Name>) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const texts: FilterTexts<Name> = {};
    for (const field of fields) {
      const text = String(form.get(field.name) ?? '').trim();
      if (text) texts[field.name] = text;
    }
    onSubmit(texts, form);
  }
  return (
    <form className="ops-filters" onSubmit={submit} aria-label={label}>
      {fields.map((field) => (
        <label key={field.name} className="ops-filter" htmlFor={`${id}-${field.name}`}>
          {field.label}
          <input id={`${id}-${field.name}`} name={field.name} defaultValue={values[field.name] ?? ''} placeholder={field.placeholder} spellCheck={false} />
        </label>
      ))}
      {children?.(id)}
      <button type="submit" className="tk-button">
        {submitLabel}
      </button>
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { MenuItem } from '@tiffin/contracts';
import { ProblemMessage, classNames } from '@tiffin/slice-kit';
import { useChangeMenuItem } from '../api/changeOwnRestaurant';
import { checkDraft, draftOf, type Draft, type DraftProblems } from '../dishDraft';

/** One dish of the staff's menu, edited in place: name, description, price in dollars, available or not. */
export function DishEditor({ item }: { item: MenuItem }) {
  const ids = useId();
  const [draft, setDraft] = useState(() => draftOf(item));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [saved, setSaved] = useState(false);
  const save = useChangeMenuItem(item.id);
  const edit = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };
  const unchanged = JSON.stringify(draft) === JSON.stringify(draftOf(item));

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkDraft(item, draft);
    setProblems('problems' in checked ? checked.problems : {});
    if ('problems' in checked || Object.keys(checked.change).length === 0) return;
    save.mutate(checked.change, {
      onSuccess: (restaurant) => {
        const now = restaurant.menu.find((dish) => dish.id === item.id);
        if (now) setDraft(draftOf(now));
        setSaved(true);
      },
    });
  }

  return (
    <form
      className={classNames('tk-card', 'cat-dish-editor', !item.available && 'cat-dish-editor-unavailable')}
      aria-label={`Edit ${item.name}`}
      onSubmit={submit}
      noValidate
    >
      <div className="cat-field cat-field-name">
        <label htmlFor={`${ids}-name`}>Name</label>
        <input
          id={`${ids}-name`}
          className="cat-input"
          value={draft.name}
          maxLength={100}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${ids}-name-problem` : undefined}
          onChange={(event) => edit({ name: event.target.value })}
        />
        {problems.name && (
          <p id={`${ids}-name-problem`} className="cat-field-problem">
            {problems.name}
          </p>
        )}
      </div>
      <div className="cat-field cat-field-price">
        <label htmlFor={`${ids}-price`}>Price ($)</label>
        <input
          id={`${ids}-price`}
          className="cat-input"
          inputMode="decimal"
          value={draft.price}
          aria-invalid={problems.price ? true : undefined}
          aria-describedby={problems.price ? `${ids}-price-problem` : undefined}
          onChange={(event) => edit({ price: event.target.value })}
        />
        {problems.price && (
          <p id={`${ids}-price-problem`} className="cat-field-problem">
            {problems.price}
          </p>
        )}
      </div>
      <div className="cat-field cat-field-description">
        <label htmlFor={`${ids}-description`}>Description</label>
        <textarea
          id={`${ids}-description`}
          className="cat-input"
          rows={2}
          maxLength={500}
          value={draft.description}
          onChange={(event) => edit({ description: event.target.value })}
        />
      </div>
      <div className="cat-dish-editor-actions">
        <label className="cat-checkbox">
          <input type="checkbox" checked={draft.available} onChange={(event) => edit({ available: event.target.checked })} />
          Customers can order it
        </label>
        {saved && (
          <p className="cat-saved" role="status">
            Saved
          </p>
        )}
        <button
          type="submit"
          className={classNames('tk-button', save.isPending && 'tk-button-busy')}
          disabled={unchanged || save.isPending}
        >
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
      {save.isError && <ProblemMessage title={`${item.name} could not be saved.`} error={save.error} />}
    </form>
  );
}

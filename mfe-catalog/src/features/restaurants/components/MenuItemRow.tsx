import type { MenuItem } from '@tiffin/contracts';
import { classNames, formatMoney } from '@tiffin/slice-kit';

interface Props {
  item: MenuItem;
  /** False when the item is sold out or the restaurant is closed. */
  orderable: boolean;
  onAdd: () => void;
}

export function MenuItemRow({ item, orderable, onAdd }: Props) {
  return (
    <article className={classNames('tk-row', 'cat-menu-item', !orderable && 'cat-menu-item-unavailable')}>
      <div>
        <h3 className="tk-row-title cat-menu-item-name">{item.name}</h3>
        {item.description && <p className="tk-muted">{item.description}</p>}
      </div>
      <p className="tk-amount cat-price">{formatMoney(item.priceCents)}</p>
      <button
        type="button"
        className="tk-button"
        disabled={!orderable}
        aria-label={`Add to cart: ${item.name}`}
        onClick={onAdd}
      >
        {!item.available ? 'Sold out' : orderable ? 'Add to cart' : 'Closed now'}
      </button>
    </article>
  );
}

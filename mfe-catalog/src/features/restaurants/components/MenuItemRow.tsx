import type { MenuItem } from '@tiffin/contracts';
import { formatMoney } from '../../../lib/formatMoney';

interface Props {
  item: MenuItem;
  /** False when the item is sold out or the restaurant is closed. */
  orderable: boolean;
  onAdd: () => void;
}

export function MenuItemRow({ item, orderable, onAdd }: Props) {
  return (
    <article className={orderable ? 'cat-menu-item' : 'cat-menu-item cat-menu-item-unavailable'}>
      <div className="cat-menu-item-text">
        <h3 className="cat-menu-item-name">{item.name}</h3>
        {item.description && <p className="cat-muted">{item.description}</p>}
      </div>
      <p className="cat-price">{formatMoney(item.priceCents)}</p>
      <button
        type="button"
        className="cat-button"
        disabled={!orderable}
        aria-label={`Add to cart: ${item.name}`}
        onClick={onAdd}
      >
        {item.available ? 'Add to cart' : 'Unavailable'}
      </button>
    </article>
  );
}

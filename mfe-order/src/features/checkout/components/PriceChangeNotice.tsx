import type { PriceChange } from '@tiffin/contracts';
import { formatMoney } from '@tiffin/slice-kit';

interface Props {
  changes: readonly PriceChange[];
  /** False when nothing is left to order (every changed dish sold out and nothing else in the cart). */
  canConfirm: boolean;
}

/** The menu changed since the customer filled the cart: old → new for each dish, nothing charged yet. */
export function PriceChangeNotice({ changes, canConfirm }: Props) {
  return (
    <section className="tk-notice tk-tone-warning ord-price-change" role="alert" aria-labelledby="ord-price-change-title">
      <p id="ord-price-change-title" className="tk-problem-title">
        The menu changed since you added these dishes. Your order has not been placed.
      </p>
      <ul className="ord-price-change-list">
        {changes.map((change) =>
          change.available ? (
            <li key={change.menuItemId}>
              {change.name}: <s aria-label={`was ${formatMoney(change.seenPriceCents)}`}>{formatMoney(change.seenPriceCents)}</s> →{' '}
              <strong>{formatMoney(change.priceCents)}</strong>
            </li>
          ) : (
            <li key={change.menuItemId}>{change.name} is sold out, so we took it out of your cart.</li>
          ),
        )}
      </ul>
      {canConfirm && <p className="tk-problem-detail">Your cart shows the new total. Press Confirm and place order to order at these prices.</p>}
    </section>
  );
}

import { cartLine, type CartLine } from '@tiffin/slice-contract';
import { formatMoney } from '@tiffin/slice-kit';
import { lineTotalCents } from '../../cart/cartTotals';

const maxQuantity = cartLine.shape.quantity.maxValue ?? Number.MAX_SAFE_INTEGER;

interface Props {
  line: CartLine;
  /** 0 removes the line. */
  onQuantity: (quantity: number) => void;
}

export function CartLineRow({ line, onQuantity }: Props) {
  return (
    <article className="tk-row ord-cart-line" aria-label={line.name}>
      <div>
        <h2 className="tk-row-title">{line.name}</h2>
        <p className="tk-muted">{formatMoney(line.unitPriceCents)} each</p>
      </div>
      <div className="ord-stepper" role="group" aria-label={`Quantity of ${line.name}`}>
        <button
          type="button"
          className="ord-stepper-button"
          aria-label={`Decrease quantity of ${line.name}`}
          onClick={() => onQuantity(line.quantity - 1)}
        >
          −
        </button>
        <span className="ord-stepper-value">{line.quantity}</span>
        <button
          type="button"
          className="ord-stepper-button"
          aria-label={`Increase quantity of ${line.name}`}
          disabled={line.quantity >= maxQuantity}
          onClick={() => onQuantity(line.quantity + 1)}
        >
          +
        </button>
      </div>
      <p className="tk-amount">{formatMoney(lineTotalCents(line))}</p>
      <button type="button" className="ord-link-button" aria-label={`Remove ${line.name}`} onClick={() => onQuantity(0)}>
        Remove
      </button>
    </article>
  );
}

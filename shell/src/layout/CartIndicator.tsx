import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useShell } from '../app/ShellContext';
import { cartItemCount, cartTotalCents } from '../cart/cartSummary';
import { formatMoney } from '@tiffin/contracts';
import { CartIcon } from './CartIcon';

function itemsLabel(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

export function CartIndicator({ checkoutPath }: { checkoutPath: string | null }) {
  const { cart } = useShell();
  const snapshot = useSyncExternalStore(cart.subscribe, cart.getSnapshot);
  const count = cartItemCount(snapshot);
  const label = `Cart: ${itemsLabel(count)}, ${formatMoney(cartTotalCents(snapshot))}`;
  const content = (
    <>
      <CartIcon />
      <span className="shell-cart-count">{count}</span>
      <span className="shell-cart-total">{formatMoney(cartTotalCents(snapshot))}</span>
    </>
  );

  if (!checkoutPath) {
    return (
      <span className="shell-cart" aria-label={label}>
        {content}
      </span>
    );
  }
  return (
    <Link className="shell-cart" to={checkoutPath} aria-label={label}>
      {content}
    </Link>
  );
}

import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useShell } from '../app/ShellContext';
import { cartItemCount, cartTotalCents } from '../cart/cartSummary';
import { countOf, formatMoney } from '@tiffin/contracts';
import { CartIcon } from './CartIcon';

export function CartIndicator({ checkoutPath }: { checkoutPath: string | null }) {
  const { cart } = useShell();
  const snapshot = useSyncExternalStore(cart.subscribe, cart.getSnapshot);
  const count = cartItemCount(snapshot);
  const label = `Cart: ${countOf(count, 'item')}, ${formatMoney(cartTotalCents(snapshot))}`;
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

import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { placeOrderRequest, type PriceChange } from '@tiffin/contracts';
import { formatMoney, ProblemMessage, shellRoutes, useCart, useSlice } from '@tiffin/slice-kit';
import { cartTotalCents } from '../../cart/cartTotals';
import { usePaymentCards } from '../api/getPaymentCards';
import { usePlaceOrder } from '../api/placeOrder';
import { checkoutAttemptFor, type CheckoutAttempt } from '../checkoutAttempt';
import { placeOrderFailure } from '../placeOrderOutcome';
import { priceChangesOf, repricedLines } from '../priceChanges';
import { CartLineRow } from './CartLineRow';
import { firstUsableCard, PaymentCardChoice } from './PaymentCardChoice';
import { PriceChangeNotice } from './PriceChangeNotice';

export function CheckoutPage() {
  const { cart: cartStore, events, navigate, basename } = useSlice();
  const cart = useCart();
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const cards = usePaymentCards();
  const [cardChoice, setCardChoice] = useState<string | undefined>(undefined);
  // The first card that has not expired, until the customer picks another.
  const cardId = cardChoice ?? (cards.data && firstUsableCard(cards.data)?.id);
  const attempt = useRef<CheckoutAttempt | null>(null);
  const placeOrder = usePlaceOrder();
  // Set when the order was refused because the menu changed: shown until the customer confirms.
  const [priceChanges, setPriceChanges] = useState<PriceChange[] | null>(null);

  if (cart.lines.length === 0 || !cart.restaurantId) {
    return (
      <section className="tk-page">
        <h1 className="tk-title">Your cart</h1>
        {priceChanges && <PriceChangeNotice changes={priceChanges} canConfirm={false} />}
        <p className="tk-empty">
          Your cart is empty. <Link to={shellRoutes.catalog}>Browse restaurants</Link> to add something tasty.
        </p>
      </section>
    );
  }

  const restaurantId = cart.restaurantId;
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = placeOrderRequest.safeParse({
      restaurantId,
      // The prices the customer sees: the order service refuses the order if the menu differs now.
      lines: cart.lines.map((line) => ({ menuItemId: line.menuItemId, quantity: line.quantity, unitPriceCents: line.unitPriceCents })),
      deliveryAddress: address,
      cardId,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === 'deliveryAddress');
      setAddressError(issue ? 'Enter a delivery address of 3 to 200 characters.' : parsed.error.issues[0]?.message ?? null);
      return;
    }
    setAddressError(null);
    setPriceChanges(null);
    attempt.current = checkoutAttemptFor(attempt.current, parsed.data);
    placeOrder.mutate(
      { request: parsed.data, idempotencyKey: attempt.current.idempotencyKey },
      {
        onSuccess: ({ orderId }) => {
          cartStore.clear();
          events.emit('order.placed', { orderId });
          navigate(`${basename}/${orderId}`);
        },
        onError: (error) => {
          const changes = priceChangesOf(error);
          if (changes) takeNewPrices(changes);
        },
      },
    );
  }

  /** Nothing was charged: the cart takes the menu's prices and the customer decides again. */
  function takeNewPrices(changes: PriceChange[]) {
    // The cart as it is now: the steppers stay usable while the order is being placed.
    const current = cartStore.getSnapshot();
    if (!current.restaurantId) return;
    const restaurant = { id: current.restaurantId, name: current.restaurantName ?? '' };
    const lines = repricedLines(current, changes);
    cartStore.clear();
    for (const { quantity, ...line } of lines) cartStore.addItem(restaurant, line, quantity);
    setPriceChanges(changes);
  }

  return (
    <section className="tk-page" aria-labelledby="ord-cart-heading">
      <h1 id="ord-cart-heading" className="tk-title">
        Your cart
      </h1>
      <p className="tk-muted">From {cart.restaurantName}</p>

      <ul className="tk-list" aria-label="Cart items">
        {cart.lines.map((line) => (
          <li key={line.menuItemId}>
            <CartLineRow line={line} onQuantity={(quantity) => cartStore.setQuantity(line.menuItemId, quantity)} />
          </li>
        ))}
      </ul>
      <p className="ord-total">
        <span>Total</span>
        <span data-testid="cart-total">{formatMoney(cartTotalCents(cart))}</span>
      </p>

      <form className="tk-card ord-checkout" onSubmit={submit} noValidate>
        <label className="ord-field-label" htmlFor="ord-address">
          Delivery address
        </label>
        <textarea
          id="ord-address"
          className="ord-field"
          rows={2}
          maxLength={200}
          autoComplete="street-address"
          value={address}
          aria-invalid={addressError ? true : undefined}
          aria-describedby={addressError ? 'ord-address-error' : undefined}
          onChange={(event) => setAddress(event.target.value)}
        />
        {addressError && (
          <p id="ord-address-error" className="ord-field-error">
            {addressError}
          </p>
        )}
        {cards.isPending && <p className="tk-muted">Loading your cards…</p>}
        {cards.isError && (
          <ProblemMessage title="Your payment cards could not be loaded." error={cards.error} onRetry={() => void cards.refetch()} />
        )}
        {cards.data && <PaymentCardChoice cards={cards.data} chosen={cardId} onChoose={setCardChoice} />}
        {priceChanges && <PriceChangeNotice changes={priceChanges} canConfirm />}
        {placeOrder.isError && !priceChanges && <ProblemMessage {...placeOrderFailure(placeOrder.error)} error={placeOrder.error} />}
        <button type="submit" className="tk-button tk-button-busy ord-place-order" disabled={placeOrder.isPending || !cardId}>
          {placeOrder.isPending ? 'Placing order…' : priceChanges ? 'Confirm and place order' : 'Place order'}
        </button>
      </form>
    </section>
  );
}

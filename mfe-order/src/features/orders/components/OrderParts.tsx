import type { OrderDetails } from '@tiffin/contracts';
import { formatMoney } from '@tiffin/slice-kit';
import { deliveryText, paymentText } from '../orderDetailsText';

/**
 * Where the food comes from, how it travels and what is held on the card: the parts other services
 * know. A part that is missing says nothing here; the notice above says why.
 */
export function OrderParts({ details }: { details: OrderDetails }) {
  const { restaurant, delivery, payment, order } = details;
  return (
    <dl className="ord-parts">
      {restaurant && (
        <>
          <dt>Restaurant</dt>
          <dd>
            {restaurant.name}, {restaurant.address}
            {restaurant.cuisine && <span className="tk-muted"> · {restaurant.cuisine}</span>}
          </dd>
        </>
      )}
      <dt>Delivering to</dt>
      <dd>{order.deliveryAddress}</dd>
      {delivery && (
        <>
          <dt>Delivery</dt>
          <dd>{deliveryText[delivery.status]}</dd>
        </>
      )}
      {payment && (
        <>
          <dt>Payment</dt>
          <dd>{paymentText(payment, formatMoney(payment.amountCents))}</dd>
        </>
      )}
    </dl>
  );
}

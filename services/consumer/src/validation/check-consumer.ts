import { isCardExpired } from '../accounts/card-expiry';

export type ConsumerVerdict = { ok: true; paymentToken: string } | { ok: false; reason: string };

interface CardOnFile {
  consumerId: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  paymentToken: string;
}

/**
 * May this customer order, paying with this card? The reason is shown to the customer as is, so it
 * names the card as they know it and never an id.
 */
export function checkConsumer(
  order: { consumerId: string },
  found: { consumerExists: boolean; card: CardOnFile | undefined },
  today: Date,
): ConsumerVerdict {
  if (!found.consumerExists) return { ok: false, reason: 'We could not find your customer account' };
  const { card } = found;
  // Another customer's card answers like a missing one: ids cannot be probed through orders.
  if (!card || card.consumerId !== order.consumerId) return { ok: false, reason: 'The card you chose is not on your account' };
  if (isCardExpired(card, today)) return { ok: false, reason: `Your ${card.brand} ending ${card.last4} has expired` };
  return { ok: true, paymentToken: card.paymentToken };
}

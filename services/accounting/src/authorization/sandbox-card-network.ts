export type CardNetworkVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Stands in for the card network Tiffin would call to hold an amount on a card. It answers like a
 * payment provider's test mode: by the card's token, which the consumer service stored when the card
 * was saved. These tokens are declined every time, whatever the amount; every other token is authorised.
 */
const alwaysDeclined: Record<string, string> = {
  tok_chargeDeclined: 'Your card was declined by your bank',
  tok_chargeDeclinedInsufficientFunds: 'Your card has insufficient funds',
};

export function authorizeWithCardNetwork(paymentToken: string): CardNetworkVerdict {
  const declined = alwaysDeclined[paymentToken];
  return declined ? { ok: false, reason: declined } : { ok: true };
}

/** A card is good until the end of its expiry month (UTC), and expired from the first day after it. */
export function isCardExpired(card: { expiryMonth: number; expiryYear: number }, today: Date): boolean {
  return today.getUTCFullYear() * 12 + today.getUTCMonth() + 1 > card.expiryYear * 12 + card.expiryMonth;
}

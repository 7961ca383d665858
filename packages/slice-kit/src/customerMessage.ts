import { formatMoney, problemCodes, type PriceChange } from '@tiffin/contracts';
import { BffError } from './bffClient';

/** One changed line as the customer reads it: "Paneer Tikka now costs $15.95 (was $13.95)". */
export function describePriceChange(change: PriceChange): string {
  if (!change.available) return `${change.name} is sold out`;
  return `${change.name} now costs ${formatMoney(change.priceCents)} (was ${formatMoney(change.seenPriceCents)})`;
}

/** Words for the problems whose message is written for developers (it names fields and ids). */
function wordsForCode(error: BffError): string | undefined {
  const { code, subject, changedLines } = error.problem ?? {};
  switch (code) {
    case problemCodes.restaurantClosed:
      return `${subject ?? 'This restaurant'} is closed right now.`;
    case problemCodes.restaurantUnknown:
      return 'This restaurant is no longer on Tiffin.';
    case problemCodes.dishNotOnMenu:
      return subject ? `A dish in your cart is no longer on ${subject}'s menu.` : 'A dish in your cart is no longer on the menu.';
    case problemCodes.dishSoldOut:
      return `${subject ?? 'A dish in your cart'} is sold out.`;
    case problemCodes.priceChanged:
      return `The menu changed: ${(changedLines ?? []).map(describePriceChange).join('; ')}.`;
    default:
      return undefined;
  }
}

/** What each kind of refusal without a code means to the customer; the BFF's text would be a developer's. */
const wordsForStatus: Record<number, string> = {
  400: 'Tiffin could not accept this request. Please check what you entered and try again.',
  401: 'Please sign in to continue.',
  403: 'Your account cannot do this.',
  404: 'We could not find this. It may have been removed.',
  422: 'Tiffin could not accept this request. Please check what you entered and try again.',
};

/**
 * What a failed request means, in words a customer understands. A known code is worded here from
 * its subject; outages, timeouts and refusals the services already word for customers (SERVICE_UNAVAILABLE,
 * a 409 that says why, a lost connection) keep their message; any other refusal gets a plain
 * sentence for its status instead of validator text.
 */
export function customerMessage(error: Error): string {
  if (!(error instanceof BffError)) return error.message;
  const worded = wordsForCode(error);
  if (worded) return worded;
  if (error.problem?.code === problemCodes.serviceUnavailable) return error.message;
  return wordsForStatus[error.status] ?? error.message;
}

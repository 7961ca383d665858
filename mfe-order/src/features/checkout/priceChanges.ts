import { problemCodes, type PriceChange } from '@tiffin/contracts';
import { type Cart, type CartLine } from '@tiffin/slice-contract';
import { BffError } from '@tiffin/slice-kit';

/** The lines whose price or availability changed, when the order was refused for that (409 PRICE_CHANGED). */
export function priceChangesOf(error: unknown): PriceChange[] | null {
  if (!(error instanceof BffError) || error.problem?.code !== problemCodes.priceChanged) return null;
  return error.problem.changedLines ?? [];
}

/**
 * The cart as the menu has it now: changed lines at their new price, sold-out ones gone, the rest
 * and the order of lines untouched.
 */
export function repricedLines(cart: Cart, changes: readonly PriceChange[]): CartLine[] {
  const byDish = new Map(changes.map((change) => [change.menuItemId, change]));
  return cart.lines.flatMap((line) => {
    const change = byDish.get(line.menuItemId);
    if (!change) return [line];
    return change.available ? [{ ...line, unitPriceCents: change.priceCents }] : [];
  });
}

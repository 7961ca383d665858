import { formatMoney, menuItemMaxPriceCents } from '@tiffin/contracts';

/** A price in cents as staff type it, in dollars: 1395 → "13.95". */
export function centsAsDollars(cents: number): string {
  return (cents / 100).toFixed(2);
}

export type ParsedPrice = { cents: number } | { problem: string };

/**
 * What staff typed in the price box, as whole cents, or why it cannot be a price. Parsed from the digits,
 * never through floating point, so "0.29" is 29 cents and not 28.999….
 */
export function dollarsAsCents(typed: string): ParsedPrice {
  const match = /^\$?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(typed.trim().replaceAll(',', ''));
  if (!match) return { problem: 'Enter a price in dollars, like 12.50' };
  const [, dollars = '0', fraction = ''] = match;
  const cents = Number(dollars) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > menuItemMaxPriceCents) return { problem: `A dish can cost at most ${formatMoney(menuItemMaxPriceCents)}` };
  return { cents };
}

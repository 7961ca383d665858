import { currency } from './common';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency });

/** Whole cents as the customer reads them, e.g. 3185 → "$31.85"; the shell and every slice agree. */
export function formatMoney(cents: number): string {
  return money.format(cents / 100);
}

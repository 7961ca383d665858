import { currency } from '@tiffin/contracts';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency });

export function formatMoney(cents: number): string {
  return usd.format(cents / 100);
}

import type { Cart, CartLine } from '@tiffin/slice-contract';

export function lineTotalCents(line: CartLine): number {
  return line.quantity * line.unitPriceCents;
}

export function cartTotalCents(cart: Cart): number {
  return cart.lines.reduce((total, line) => total + lineTotalCents(line), 0);
}

import type { Cart } from '@tiffin/slice-contract';

export function cartItemCount(cart: Cart): number {
  return cart.lines.reduce((count, line) => count + line.quantity, 0);
}

export function cartTotalCents(cart: Cart): number {
  return cart.lines.reduce((total, line) => total + line.quantity * line.unitPriceCents, 0);
}

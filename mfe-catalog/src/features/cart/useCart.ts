import { useSyncExternalStore } from 'react';
import type { Cart } from '@tiffin/contracts';
import { useSlice } from '../../app/sliceContext';

/** The shell's cart, re-rendering this component whenever it changes. */
export function useCart(): Cart {
  const { cart } = useSlice();
  return useSyncExternalStore(cart.subscribe, cart.getSnapshot);
}

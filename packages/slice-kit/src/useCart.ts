import { useSyncExternalStore } from 'react';
import type { Cart } from '@tiffin/slice-contract';
import { useSlice } from './sliceContext';

/** The shell's cart, re-rendering the calling component whenever it changes. */
export function useCart(): Cart {
  const { cart } = useSlice();
  return useSyncExternalStore(cart.subscribe, cart.getSnapshot);
}

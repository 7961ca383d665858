import type { SliceEventBus } from '@tiffin/slice-contract';
import { cartStorageKey, createCartStore, type PersistentCartStore } from '../cart/cartStore';
import { createSliceEventBus } from '../events/sliceEventBus';

/** What the shell owns for the whole page and lends to every slice; who is signed in comes from SessionGate. */
export interface ShellServices {
  cart: PersistentCartStore;
  events: SliceEventBus;
}

export function createShellServices(window: Window): ShellServices {
  const cart = createCartStore(window.localStorage);
  // Another tab changed the cart: show the same cart here.
  window.addEventListener('storage', (event) => {
    if (event.key === cartStorageKey) cart.reload();
  });
  return { cart, events: createSliceEventBus() };
}

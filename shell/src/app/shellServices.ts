import type { Session, SliceEventBus } from '@tiffin/contracts';
import { cartStorageKey, createCartStore, type PersistentCartStore } from '../cart/cartStore';
import { createSliceEventBus } from '../events/sliceEventBus';
import { loadGuestSession } from '../session/guestSession';

/** What the shell owns for the whole page and lends to every slice. */
export interface ShellServices {
  session: Session;
  cart: PersistentCartStore;
  events: SliceEventBus;
}

export function createShellServices(window: Window): ShellServices {
  const cart = createCartStore(window.localStorage);
  // Another tab changed the cart: show the same cart here.
  window.addEventListener('storage', (event) => {
    if (event.key === cartStorageKey) cart.reload();
  });
  return {
    session: loadGuestSession(window.localStorage),
    cart,
    events: createSliceEventBus(),
  };
}

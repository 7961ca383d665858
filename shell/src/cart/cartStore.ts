import { cart as cartSchema, cartLine, type Cart, type CartLine, type CartStore } from '@tiffin/slice-contract';

export const cartStorageKey = 'tiffin.cart';

/** The part of the Web Storage API the cart needs; `localStorage` in the browser. */
export type CartStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface PersistentCartStore extends CartStore {
  /** Re-reads storage, e.g. after another tab changed the cart. */
  reload(): void;
}

const maxQuantity = cartLine.shape.quantity.maxValue ?? Number.MAX_SAFE_INTEGER;

export const emptyCart: Cart = Object.freeze({ restaurantId: null, restaurantName: null, lines: [] });

/** Whatever is stored is untrusted (old versions, hand edits): anything not a valid cart is dropped. */
export function readStoredCart(storage: CartStorage, key = cartStorageKey): Cart {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return emptyCart;
  }
  if (raw === null) return emptyCart;
  try {
    const parsed = cartSchema.safeParse(JSON.parse(raw));
    return parsed.success ? normalise(parsed.data) : emptyCart;
  } catch {
    return emptyCart;
  }
}

/** A cart without lines belongs to no restaurant, so the next item may come from anywhere. */
function normalise(cart: Cart): Cart {
  return cart.lines.length === 0 ? emptyCart : cart;
}

function clampQuantity(quantity: number): number {
  return Math.min(Math.max(Math.trunc(quantity), 0), maxQuantity);
}

export function createCartStore(storage: CartStorage, key = cartStorageKey): PersistentCartStore {
  let snapshot = readStoredCart(storage, key);
  const listeners = new Set<() => void>();

  function commit(next: Cart): void {
    snapshot = normalise(next);
    try {
      storage.setItem(key, JSON.stringify(snapshot));
    } catch {
      // Storage full or blocked (private mode): the cart still works for this page's lifetime.
    }
    for (const listener of [...listeners]) listener();
  }

  return {
    getSnapshot: () => snapshot,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    addItem(restaurant, line, quantity = 1) {
      const added = clampQuantity(quantity);
      if (added === 0) return;
      const base = snapshot.restaurantId === restaurant.id ? snapshot : emptyCart;
      const existing = base.lines.find((l) => l.menuItemId === line.menuItemId);
      const lines: CartLine[] = existing
        ? base.lines.map((l) =>
            l.menuItemId === line.menuItemId ? { ...l, quantity: clampQuantity(l.quantity + added) } : l,
          )
        : [...base.lines, { ...line, quantity: added }];
      commit({ restaurantId: restaurant.id, restaurantName: restaurant.name, lines });
    },

    setQuantity(menuItemId, quantity) {
      if (!snapshot.lines.some((l) => l.menuItemId === menuItemId)) return;
      const next = clampQuantity(quantity);
      const lines =
        next === 0
          ? snapshot.lines.filter((l) => l.menuItemId !== menuItemId)
          : snapshot.lines.map((l) => (l.menuItemId === menuItemId ? { ...l, quantity: next } : l));
      commit({ ...snapshot, lines });
    },

    clear() {
      if (snapshot === emptyCart) return;
      commit(emptyCart);
    },

    reload() {
      const stored = readStoredCart(storage, key);
      if (JSON.stringify(stored) === JSON.stringify(snapshot)) return;
      snapshot = stored;
      for (const listener of [...listeners]) listener();
    },
  };
}

import type { Cart, CartStore } from '@tiffin/slice-contract';

const empty: Cart = Object.freeze({ restaurantId: null, restaurantName: null, lines: [] });

/** The cart the shell would own, kept in memory: enough for a slice to add, change and clear (the harness, component tests). */
export function createMemoryCart(): CartStore {
  let snapshot = empty;
  const listeners = new Set<() => void>();
  const commit = (next: Cart) => {
    snapshot = next.lines.length === 0 ? empty : next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addItem(restaurant, line, quantity = 1) {
      const base = snapshot.restaurantId === restaurant.id ? snapshot : empty;
      const existing = base.lines.find((l) => l.menuItemId === line.menuItemId);
      const lines = existing
        ? base.lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + quantity } : l))
        : [...base.lines, { ...line, quantity }];
      commit({ restaurantId: restaurant.id, restaurantName: restaurant.name, lines });
    },
    setQuantity(menuItemId, quantity) {
      const lines = snapshot.lines
        .map((l) => (l.menuItemId === menuItemId ? { ...l, quantity } : l))
        .filter((l) => l.quantity > 0);
      commit({ ...snapshot, lines });
    },
    clear: () => commit(empty),
  };
}

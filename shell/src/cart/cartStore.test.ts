import { describe, expect, it } from 'vitest';
import { cartStorageKey, createCartStore, type CartStorage } from './cartStore';
import { cartItemCount, cartTotalCents } from './cartSummary';

/** Node has no localStorage; this keeps the same string-in, string-out contract. */
function browserLikeStorage(initial: Record<string, string> = {}): CartStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const dosaHouse = { id: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c01', name: 'Dosa House' };
const pizzaPlace = { id: '6f1c1c55-4d5e-4d36-9d8e-0b7f4b1a2c02', name: 'Pizza Place' };
const masalaDosa = { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0001', name: 'Masala dosa', unitPriceCents: 899 };
const mangoLassi = { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0002', name: 'Mango lassi', unitPriceCents: 450 };
const margherita = { menuItemId: '0d7b1f64-5d0e-4a43-9a8e-3a1f7e3c0003', name: 'Margherita', unitPriceCents: 1200 };

describe('cart store', () => {
  it('starts empty and adds items of one restaurant, merging repeated items', () => {
    const store = createCartStore(browserLikeStorage());
    expect(store.getSnapshot()).toEqual({ restaurantId: null, restaurantName: null, lines: [] });

    store.addItem(dosaHouse, masalaDosa);
    store.addItem(dosaHouse, mangoLassi, 2);
    store.addItem(dosaHouse, masalaDosa);

    const cart = store.getSnapshot();
    expect(cart.restaurantId).toBe(dosaHouse.id);
    expect(cart.restaurantName).toBe('Dosa House');
    expect(cart.lines).toEqual([
      { ...masalaDosa, quantity: 2 },
      { ...mangoLassi, quantity: 2 },
    ]);
    expect(cartItemCount(cart)).toBe(4);
    expect(cartTotalCents(cart)).toBe(2 * 899 + 2 * 450);
  });

  it("replaces the cart when an item comes from another restaurant", () => {
    const store = createCartStore(browserLikeStorage());
    store.addItem(dosaHouse, masalaDosa, 3);
    store.addItem(pizzaPlace, margherita);

    expect(store.getSnapshot()).toEqual({
      restaurantId: pizzaPlace.id,
      restaurantName: 'Pizza Place',
      lines: [{ ...margherita, quantity: 1 }],
    });
  });

  it('changes quantities within 1..50 and removes a line set to zero', () => {
    const store = createCartStore(browserLikeStorage());
    store.addItem(dosaHouse, masalaDosa);
    store.addItem(dosaHouse, mangoLassi);

    store.setQuantity(masalaDosa.menuItemId, 80);
    expect(store.getSnapshot().lines[0]?.quantity).toBe(50);

    store.setQuantity(mangoLassi.menuItemId, 0);
    expect(store.getSnapshot().lines.map((l) => l.name)).toEqual(['Masala dosa']);

    store.setQuantity(masalaDosa.menuItemId, 0);
    expect(store.getSnapshot()).toEqual({ restaurantId: null, restaurantName: null, lines: [] });
  });

  it('hands out a new snapshot on every change and the same one otherwise', () => {
    const store = createCartStore(browserLikeStorage());
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);

    store.addItem(dosaHouse, masalaDosa);
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(before.lines).toHaveLength(0);
    expect(store.getSnapshot()).toBe(after);
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const store = createCartStore(browserLikeStorage());
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);

    store.addItem(dosaHouse, masalaDosa);
    store.setQuantity(masalaDosa.menuItemId, 4);
    unsubscribe();
    store.clear();

    expect(notified).toBe(2);
  });

  it('persists the cart so a reloaded page gets it back', () => {
    const storage = browserLikeStorage();
    const first = createCartStore(storage);
    first.addItem(dosaHouse, masalaDosa, 2);

    const reloaded = createCartStore(storage);
    expect(reloaded.getSnapshot()).toEqual(first.getSnapshot());

    reloaded.clear();
    expect(createCartStore(storage).getSnapshot().lines).toEqual([]);
  });

  it.each([
    ['not JSON', '{lines: oops'],
    ['a wrong shape', JSON.stringify({ lines: 'masala dosa' })],
    ['a negative price', JSON.stringify({ restaurantId: dosaHouse.id, restaurantName: 'Dosa House', lines: [{ ...masalaDosa, unitPriceCents: -1, quantity: 1 }] })],
    ['a bad restaurant id', JSON.stringify({ restaurantId: 'dosa', restaurantName: 'Dosa House', lines: [] })],
  ])('discards stored data that is %s', (_, stored) => {
    const store = createCartStore(browserLikeStorage({ [cartStorageKey]: stored }));
    expect(store.getSnapshot()).toEqual({ restaurantId: null, restaurantName: null, lines: [] });

    store.addItem(dosaHouse, masalaDosa);
    expect(store.getSnapshot().lines).toHaveLength(1);
  });

  it('keeps working in memory when storage refuses to write', () => {
    const store = createCartStore({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    });
    store.addItem(dosaHouse, masalaDosa);
    expect(cartItemCount(store.getSnapshot())).toBe(1);
  });

  it('picks up a change another tab wrote when reloaded', () => {
    const storage = browserLikeStorage();
    const thisTab = createCartStore(storage);
    const otherTab = createCartStore(storage);
    let notified = 0;
    thisTab.subscribe(() => notified++);

    otherTab.addItem(pizzaPlace, margherita, 2);
    thisTab.reload();

    expect(thisTab.getSnapshot().lines).toEqual([{ ...margherita, quantity: 2 }]);
    expect(notified).toBe(1);
    thisTab.reload();
    expect(notified).toBe(1);
  });
});

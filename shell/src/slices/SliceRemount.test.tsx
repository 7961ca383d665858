// @vitest-environment happy-dom
import { act, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { SliceComponent, SliceProps } from '@tiffin/slice-contract';
import { loadSlice, type RemoteImporter } from './loadSlice';
import { SliceOutlet } from './SliceOutlet';
import { SliceRegistry } from './sliceRegistry';
import { orderEntry, shellPage } from './testing/outletPage';

/** A release of the order slice that says which it is, where it stands and what the cart holds. */
function release(name: string): SliceComponent {
  return function OrdersRelease({ cart }: SliceProps) {
    const lines = useSyncExternalStore(cart.subscribe, () => cart.getSnapshot().lines);
    const { pathname } = useLocation();
    return (
      <p>
        {name} at {pathname} with {lines.length} line(s)
      </p>
    );
  };
}

/** The slice origin: each release's remote entry answers that release. */
const releases: Record<string, SliceComponent> = {};
const sliceOrigin: RemoteImporter = async (_name, url) => ({ default: releases[url]! });

describe('a new live release of the slice on screen', () => {
  afterEach(() => window.localStorage.clear());

  it('re-mounts the slice where it stands: same route, same cart, the new release’s code', async () => {
    const v1 = orderEntry('0.1.0+aaaaaaaaaa');
    const v2 = orderEntry('0.1.0+bbbbbbbbbb');
    releases[v1.remoteEntry] = release('release one');
    releases[v2.remoteEntry] = release('release two');
    const registry = new SliceRegistry((entry, attempt) => loadSlice(entry, attempt, sliceOrigin));

    const page = await shellPage(<SliceOutlet entry={v1} registry={registry} />, '/orders/cart');
    await act(async () => undefined);
    expect(page.text()).toBe('release one at /orders/cart with 0 line(s)');
    // The customer fills the shell's cart while release one runs.
    const { cart } = page.services;
    await act(async () => cart.addItem({ id: '27b33474-5be5-47f7-86c4-2f521f1343b1', name: 'Trattoria' }, { menuItemId: 'fb5c47c1-4ea3-41ee-8e8b-d60120604c31', name: 'Margherita', unitPriceCents: 1450 }));

    // The shell switches only once the new release is loaded, so the section never blanks.
    await registry.preload(v2);
    await page.render(<SliceOutlet entry={v2} registry={registry} />);
    expect(page.text()).toBe('release two at /orders/cart with 1 line(s)');
    await page.unmount();
  });
});

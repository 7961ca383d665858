import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { onTestFinished, vi } from 'vitest';
import type { CartStore, Session, SliceComponent, SliceEvents, SliceProps } from '@tiffin/slice-contract';
import { topology, type SliceName } from '@tiffin/topology';
import { createMemoryCart, createMemoryEvents } from '../standalone';
import { fakeBff, type FakeBff, type FakeRoute } from './fakeBff';

export interface RenderSliceOptions {
  slice: SliceName;
  /** Where the page opens, under the slice's route: "cart" opens /orders/cart. */
  path?: string;
  session: Session;
  /** The slice's BFF: `METHOD /path` → a contract-checked answer (see fakeBff). */
  bff: Record<string, FakeRoute>;
  /** The shell's cart as the page finds it; empty unless filled here. */
  fillCart?: (cart: CartStore) => void;
}

export interface RenderedSlice extends RenderResult {
  user: UserEvent;
  cart: CartStore;
  bff: FakeBff;
  /** The slice events emitted so far, in order. */
  events: { type: keyof SliceEvents; payload: unknown }[];
  /** Where the shell's router is now. */
  location(): string;
}

/**
 * Mounts a slice as the shell does (its route, the whole SliceProps contract, the shared react-query
 * client), over a fake of its BFF, so a page is tested below the browser journeys. The slice polls
 * instead of following its live stream (no EventSource here), as it does whenever the stream is down.
 */
export function renderSlice(Slice: SliceComponent, options: RenderSliceOptions): RenderedSlice {
  const { route, bff: bffName } = topology.slices[options.slice];
  const bffBase = `/bff/${bffName}`;
  const bff = fakeBff(bffBase, options.bff);
  vi.stubGlobal('fetch', bff.fetch);
  vi.stubGlobal('EventSource', undefined);
  onTestFinished(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const cart = createMemoryCart();
  options.fillCart?.(cart);
  const events: RenderedSlice['events'] = [];
  const bus = createMemoryEvents((type, payload) => events.push({ type, payload }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  let location = '';

  function MountedSlice() {
    const navigate = useNavigate();
    const where = useLocation();
    useEffect(() => {
      location = where.pathname;
    });
    const props: SliceProps = { basename: route, bffBase, session: options.session, navigate: (to) => void navigate(to), events: bus, cart };
    return <Slice {...props} />;
  }

  const rendered = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[options.path ? `${route}/${options.path}` : route]}>
        <Routes>
          <Route path={`${route}/*`} element={<MountedSlice />} />
          <Route path="*" element={null} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...rendered, user: userEvent.setup(), cart, bff, events, location: () => location };
}

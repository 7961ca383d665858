import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { demoSession } from '@tiffin/slice-kit/testing';
import type { SliceManifestEntry } from '@tiffin/slice-contract';
import { ShellContext } from '../../app/ShellContext';
import { createShellServices, type ShellServices } from '../../app/shellServices';
import { SessionContext } from '../../session/SessionContext';
import type { ShellSliceEntry } from '../../overrides/sliceSources';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

/** The order slice's manifest entry at a release of the given version. */
export function orderEntry(version: string, extra: Partial<ShellSliceEntry> = {}): ShellSliceEntry {
  const entry: SliceManifestEntry = {
    name: 'order',
    route: '/orders',
    label: 'Orders',
    remoteEntry: `http://localhost:5002/releases/${version}/assets/remoteEntry.js`,
    exposedModule: './Slice',
    version,
    contractVersion: 2,
    bffBase: '/bff/order',
  };
  return { ...entry, ...extra };
}

export interface ShellPage {
  container: HTMLElement;
  /** The shell's cart and event bus, as the page lends them to slices. */
  services: ShellServices;
  /** Renders `children` again inside the same shell (its router, session and cart stay). */
  render(children: ReactNode): Promise<void>;
  text(): string;
  unmount(): Promise<void>;
}

/** What the shell wraps a slice's outlet in, at `/orders/…`, for component tests of the outlet. */
export async function shellPage(children: ReactNode, path = '/orders'): Promise<ShellPage> {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const services = createShellServices(window);
  const signedIn = { session: demoSession('guest'), signOut: () => undefined };
  const render = (content: ReactNode) =>
    act(async () =>
      root.render(
        <ShellContext.Provider value={services}>
          <SessionContext.Provider value={signedIn}>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path="/orders/*" element={content} />
              </Routes>
            </MemoryRouter>
          </SessionContext.Provider>
        </ShellContext.Provider>,
      ),
    );
  await render(children);
  return {
    container,
    services,
    render,
    text: () => container.textContent ?? '',
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

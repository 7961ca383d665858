import { Suspense, useCallback, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import { useShell } from '../app/ShellContext';
import { useSession } from '../session/SessionContext';
import { SliceErrorBoundary } from './SliceErrorBoundary';
import type { SliceRegistry } from './sliceRegistry';

/** Mounts one slice at its route: loads it on first visit, shows progress, contains its failures. */
export function SliceOutlet({ entry, registry }: { entry: ShellSliceEntry; registry: SliceRegistry }) {
  const { cart, events } = useShell();
  const { session } = useSession();
  const { pathname } = useLocation();
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  // Slices get one navigate for their whole life; the router's own changes identity with the location.
  const routerNavigate = useNavigate();
  const latestNavigate = useRef(routerNavigate);
  useLayoutEffect(() => {
    latestNavigate.current = routerNavigate;
  }, [routerNavigate]);
  const navigate = useCallback((to: string) => void latestNavigate.current(to), []);

  const props = useMemo<SliceProps>(
    () => ({ basename: entry.route, bffBase: entry.bffBase, session, navigate, events, cart }),
    [entry.route, entry.bffBase, session, navigate, events, cart],
  );

  const retry = useCallback(() => {
    registry.retry(entry);
    rerender();
  }, [registry, entry]);

  const Slice = registry.component(entry);
  return (
    <SliceErrorBoundary label={entry.label} resetKey={pathname} onRetry={retry}>
      <Suspense
        fallback={
          <p className="shell-slice-loading" role="status">
            Loading {entry.label.toLowerCase()}…
          </p>
        }
      >
        <Slice {...props} />
      </Suspense>
    </SliceErrorBoundary>
  );
}

import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import { useShell } from '../app/ShellContext';
import { useSession } from '../session/SessionContext';
import { SliceErrorBoundary } from './SliceErrorBoundary';
import { SliceErrorCard } from './SliceErrorCard';
import { SliceLoadingCue } from './SliceLoadingCue';
import type { SliceRegistry } from './sliceRegistry';
import { useSliceLoad } from './useSliceLoad';

/**
 * Mounts one slice at its route: loads it on first visit, shows a cue while it takes a while, and
 * contains its failures. A new `entry` (a new live release) re-mounts the slice where it stands: the
 * route, the session and the cart are the shell's and stay.
 */
export function SliceOutlet({ entry, registry }: { entry: ShellSliceEntry; registry: SliceRegistry }) {
  const { cart, events } = useShell();
  const { session } = useSession();
  const { pathname } = useLocation();
  const load = useSliceLoad(registry, entry);

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

  const retry = useCallback(() => registry.retry(entry), [registry, entry]);

  // The customer reads a plain card; the developer finds the reason in the console.
  const failure = load.status === 'failed' ? load.error : undefined;
  useEffect(() => {
    if (failure) console.error(`[shell] the ${entry.label} slice could not be loaded`, failure);
  }, [failure, entry.label]);

  if (load.status === 'loading') return <SliceLoadingCue label={entry.label} />;
  if (load.status === 'failed') return <SliceErrorCard label={entry.label} error={load.error} onRetry={retry} />;
  const Slice = load.component;
  return (
    <SliceErrorBoundary label={entry.label} resetKey={pathname} onRetry={retry}>
      {/* A slice may suspend inside itself; the same cue stands in for it. */}
      <Suspense fallback={<SliceLoadingCue label={entry.label} />}>
        <Slice key={entry.remoteEntry} {...props} />
      </Suspense>
    </SliceErrorBoundary>
  );
}

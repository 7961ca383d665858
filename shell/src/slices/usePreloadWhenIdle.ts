import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import type { SliceRegistry } from './sliceRegistry';

/** Safari has no requestIdleCallback; a second after the current slice is ready is idle enough. */
const idleFallbackMs = 1000;
/** Do not wait for idleness for ever on a busy page: the next click should still find slices ready. */
const idleDeadlineMs = 3000;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: idleDeadlineMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, idleFallbackMs);
  return () => clearTimeout(timer);
}

/**
 * Once the section on screen has loaded, fetches the other sections' code while the browser is idle,
 * so switching sections later waits for no script. The first section is never slowed down by it.
 */
export function usePreloadWhenIdle(slices: ShellSliceEntry[], registry: SliceRegistry): void {
  const { pathname } = useLocation();
  const current = slices.find((entry) => pathname === entry.route || pathname.startsWith(`${entry.route}/`));

  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    let cancelled = false;
    const others = slices.filter((entry) => entry !== current);
    void (current ? registry.preload(current) : Promise.resolve()).then(() => {
      if (cancelled) return;
      cancelIdle = whenIdle(() => others.forEach((entry) => void registry.preload(entry)));
    });
    return () => {
      cancelled = true;
      cancelIdle?.();
    };
    // Not re-run on navigation (`current` is left out on purpose): once per page is enough, since a
    // later visit finds every slice loaded or loading.
  }, [slices, registry]);
}

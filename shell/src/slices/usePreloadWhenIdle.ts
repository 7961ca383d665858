import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import type { SliceRegistry } from './sliceRegistry';

/**
 * Time the section on screen gets, once its code has loaded, to render and fetch its data before
 * other sections' code competes for the connection (the first load is what a customer waits for).
 */
const firstSectionHeadStartMs = 2000;
/** Do not wait for idleness for ever on a busy page: the next click should still find slices ready. */
const idleDeadlineMs = 3000;

function whenIdle(run: () => void): () => void {
  // Safari has no requestIdleCallback; by then the head start has already passed.
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(run, { timeout: idleDeadlineMs });
  return () => window.cancelIdleCallback(handle);
}

/**
 * Fetches the other sections' code while the browser is idle, after the section on screen has had
 * its head start, so switching sections later waits for no script. Hovering or focusing a section's
 * link preloads it at once (MainNav).
 */
export function usePreloadWhenIdle(slices: ShellSliceEntry[], registry: SliceRegistry): void {
  const { pathname } = useLocation();
  const current = slices.find((entry) => pathname === entry.route || pathname.startsWith(`${entry.route}/`));

  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    let headStart: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const others = slices.filter((entry) => entry !== current);
    void (current ? registry.preload(current) : Promise.resolve()).then(() => {
      if (cancelled) return;
      headStart = setTimeout(() => {
        cancelIdle = whenIdle(() => others.forEach((entry) => void registry.preload(entry)));
      }, firstSectionHeadStartMs);
    });
    return () => {
      cancelled = true;
      clearTimeout(headStart);
      cancelIdle?.();
    };
    // Not re-run on navigation (`current` is left out on purpose): once per page is enough, since a
    // later visit finds every slice loaded or loading.
  }, [slices, registry]);
}

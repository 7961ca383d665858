import { useCallback, useEffect, useRef, useState } from 'react';
import { liveReleases, liveReleasesEvent, liveReleasesPath } from '@tiffin/slice-contract';
import { loadStoredOverrides } from '../overrides/overrideStore';
import { resolveSliceSources, type ShellSliceEntry, type SliceSources } from '../overrides/sliceSources';
import type { SliceRegistry } from '../slices/sliceRegistry';
import { newReleases, whenToSwitch, withRelease } from './releaseSwitch';

export interface LiveSliceSources {
  /** Where each slice comes from now, as the page mounts it. */
  sources: SliceSources;
  /** New releases of the section on screen, loaded and waiting for the customer to move on. */
  waiting: ShellSliceEntry[];
  /** Takes the waiting releases now (the notice's button). */
  switchWaiting(): void;
}

interface Page {
  /** The slice of the section on screen, if any. */
  onScreen(): string | undefined;
  formInProgress(): boolean;
  pathname: string;
}

/**
 * Follows the edge's push of the live releases (`/live-releases`) and re-mounts a slice where it
 * stands when its live release changes: each new release is loaded first, beside the one on screen,
 * then switched to when whenToSwitch says. The shell's state (session, cart, route) is untouched.
 */
export function useLiveReleases(initial: SliceSources, registry: SliceRegistry, page: Page): LiveSliceSources {
  const [sources, setSources] = useState(initial);
  const [waiting, setWaiting] = useState<ShellSliceEntry[]>([]);
  const current = useRef(sources);
  current.current = sources;
  const latestPage = useRef(page);
  latestPage.current = page;
  /** The newest remote entry pushed for each slice. */
  const latest = useRef(new Map<string, string>());

  const switchTo = useCallback((entries: ShellSliceEntry[]) => {
    setSources((before) => entries.reduce(withRelease, before));
    setWaiting((before) => before.filter((entry) => !entries.some((taken) => taken.name === entry.name)));
  }, []);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const stream = new EventSource(liveReleasesPath);
    stream.addEventListener(liveReleasesEvent, (event: MessageEvent<string>) => {
      const parsed = liveReleases.safeParse(JSON.parse(event.data));
      if (!parsed.success) return console.error('[shell] the edge pushed live releases this shell cannot read', parsed.error);
      const incoming = resolveSliceSources(parsed.data, current.current.allowList, loadStoredOverrides(window.localStorage), []);
      for (const entry of incoming.slices) latest.current.set(entry.name, entry.remoteEntry);
      // Back to what runs already (a quick rollback): nothing waits any more.
      setWaiting((before) => before.filter((entry) => latest.current.get(entry.name) === entry.remoteEntry));
      for (const entry of newReleases(current.current, incoming)) {
        void registry.preload(entry).then(() => {
          // Another release went live while this one loaded: that one counts.
          if (latest.current.get(entry.name) !== entry.remoteEntry) return;
          if (registry.state(entry).status !== 'ready') {
            return console.error(`[shell] the new ${entry.label} release ${entry.version} did not load; this page keeps the one it runs`);
          }
          const moment = whenToSwitch({
            onScreen: latestPage.current.onScreen() === entry.name,
            development: parsed.data.development.includes(entry.name),
            formInProgress: latestPage.current.formInProgress(),
          });
          if (moment === 'now') switchTo([entry]);
          else setWaiting((before) => [...before.filter((other) => other.name !== entry.name), entry]);
        });
      }
    });
    return () => stream.close();
  }, [registry, switchTo]);

  // The customer moved on: whatever waited for it is taken now, on the page they go to.
  const waitingNow = useRef(waiting);
  waitingNow.current = waiting;
  useEffect(() => {
    if (waitingNow.current.length > 0) switchTo(waitingNow.current);
  }, [page.pathname, switchTo]);

  return { sources, waiting, switchWaiting: useCallback(() => switchTo(waitingNow.current), [switchTo]) };
}

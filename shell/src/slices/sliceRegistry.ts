import type { SliceComponent } from '@tiffin/slice-contract';
import type { ShellSliceEntry } from '../overrides/sliceSources';

/** Where the code of one release of a slice is: on its way, running, or failed (with why). */
export type SliceLoadState =
  | { status: 'loading' }
  | { status: 'ready'; component: SliceComponent }
  | { status: 'failed'; error: Error };

/** Loads one attempt at a release's code: loadSlice over the page's federation runtime. */
export type SliceLoader = (entry: ShellSliceEntry, attempt: number) => Promise<{ default: SliceComponent }>;

interface ReleaseLoad {
  attempt: number;
  state: SliceLoadState;
  settled: Promise<void>;
}

/**
 * The slices' code, each release fetched once: on its first visit, or earlier when the customer is
 * likely to go there (`preload`), or when a new release goes live while the page is open. Loads are
 * kept by remote entry, so the release on screen stays while the next one loads beside it. Rendering
 * reads the state (`state`, `subscribe`) instead of suspending: a navigation runs in a transition,
 * during which React would keep the previous page on screen, silently, for as long as a load hangs.
 */
export class SliceRegistry {
  private readonly loads = new Map<string, ReleaseLoad>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly loader: SliceLoader) {}

  /** The load of this entry's release, started on the first ask; the same object until it changes. */
  state(entry: ShellSliceEntry): SliceLoadState {
    return (this.loads.get(entry.remoteEntry) ?? this.start(entry, 0)).state;
  }

  /** Fetches and runs the release's code without rendering it; settles when it is ready or failed. */
  preload(entry: ShellSliceEntry): Promise<void> {
    return (this.loads.get(entry.remoteEntry) ?? this.start(entry, 0)).settled;
  }

  /** Asks again after a failure, under a fresh URL (see remoteEntryUrl). */
  retry(entry: ShellSliceEntry): void {
    this.start(entry, (this.loads.get(entry.remoteEntry)?.attempt ?? 0) + 1);
    this.notify();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private start(entry: ShellSliceEntry, attempt: number): ReleaseLoad {
    const load: ReleaseLoad = { attempt, state: { status: 'loading' }, settled: Promise.resolve() };
    this.loads.set(entry.remoteEntry, load);
    load.settled = this.loader(entry, attempt).then(
      (module) => this.settle(entry, load, { status: 'ready', component: module.default }),
      (error: unknown) => this.settle(entry, load, { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return load;
  }

  private settle(entry: ShellSliceEntry, load: ReleaseLoad, state: SliceLoadState): void {
    load.state = state;
    // A retry started meanwhile owns the entry now; this one's outcome changes nothing on screen.
    if (this.loads.get(entry.remoteEntry) === load) this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

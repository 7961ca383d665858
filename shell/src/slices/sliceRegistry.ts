import { lazy, type LazyExoticComponent } from 'react';
import type { SliceComponent } from '@tiffin/slice-contract';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import { loadSlice } from './loadSlice';

type LazySlice = LazyExoticComponent<SliceComponent>;
type SliceModule = Awaited<ReturnType<typeof loadSlice>>;

interface KnownSlice {
  attempt: number;
  component: LazySlice;
  /** Starts the load once; rendering and preloading share it. */
  start: () => Promise<SliceModule>;
}

/**
 * Each slice is fetched once, on its first visit or earlier when the customer is likely to go there
 * (`preload`), and then kept, so moving between sections does not reload it; `retry` starts a fresh
 * load after a failure.
 */
export class SliceRegistry {
  private readonly known = new Map<string, KnownSlice>();

  component(entry: ShellSliceEntry): LazySlice {
    return (this.known.get(entry.name) ?? this.load(entry, 0)).component;
  }

  /** Fetches and runs the slice's code now, without rendering it; settles when it is ready or failed. */
  preload(entry: ShellSliceEntry): Promise<void> {
    if (entry.refusal) return Promise.resolve();
    // A failure here shows when the slice is rendered, with its error card and Retry.
    return (this.known.get(entry.name) ?? this.load(entry, 0)).start().then(
      () => undefined,
      () => undefined,
    );
  }

  retry(entry: ShellSliceEntry): void {
    this.load(entry, (this.known.get(entry.name)?.attempt ?? 0) + 1);
  }

  private load(entry: ShellSliceEntry, attempt: number): KnownSlice {
    let started: Promise<SliceModule> | undefined;
    const start = () => (started ??= loadSlice(entry, attempt));
    const known = { attempt, component: lazy(start), start };
    this.known.set(entry.name, known);
    return known;
  }
}

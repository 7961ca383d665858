import { lazy, type LazyExoticComponent } from 'react';
import type { SliceComponent, SliceManifestEntry } from '@tiffin/contracts';
import { loadSlice } from './loadSlice';

type LazySlice = LazyExoticComponent<SliceComponent>;

/**
 * Each slice is fetched on its first visit and then kept, so moving between sections does not
 * reload it; `retry` starts a fresh load after a failure.
 */
export class SliceRegistry {
  private readonly loaded = new Map<string, { attempt: number; component: LazySlice }>();

  component(entry: SliceManifestEntry): LazySlice {
    const known = this.loaded.get(entry.name);
    if (known) return known.component;
    return this.load(entry, 0);
  }

  retry(entry: SliceManifestEntry): void {
    this.load(entry, (this.loaded.get(entry.name)?.attempt ?? 0) + 1);
  }

  private load(entry: SliceManifestEntry, attempt: number): LazySlice {
    const component = lazy(() => loadSlice(entry, attempt));
    this.loaded.set(entry.name, { attempt, component });
    return component;
  }
}

import { useSyncExternalStore } from 'react';
import type { ShellSliceEntry } from '../overrides/sliceSources';
import type { SliceLoadState, SliceRegistry } from './sliceRegistry';

/** The load of the entry's release as React renders it, started on the first render that needs it. */
export function useSliceLoad(registry: SliceRegistry, entry: ShellSliceEntry): SliceLoadState {
  const read = () => registry.state(entry);
  return useSyncExternalStore(registry.subscribe, read, read);
}

import { watch, type FSWatcher } from 'node:fs';
import { mkdirSync } from 'node:fs';

export interface PointerWatch {
  stop(): void;
}

/**
 * Calls `changed` when a live pointer in one of `dirs` (each slice's folder of the store) may have
 * changed: at once on the file system's notice of live.json being replaced, and at the latest every
 * `pollMs`, for what a notice can miss (a network file system, an object store behind the same
 * interface). The caller compares what it reads, so a call too many costs a few small reads.
 */
export function watchLivePointers(dirs: readonly string[], changed: () => void, pollMs: number): PointerWatch {
  const watchers: FSWatcher[] = [];
  for (const dir of dirs) {
    // A slice never deployed has no folder yet; made now, its first deploy is noticed like any other.
    mkdirSync(dir, { recursive: true });
    const watcher = watch(dir, (_event, file) => {
      if (file === null || file.startsWith('live.json')) changed();
    });
    // A folder removed under us only loses the notices: polling still sees the pointer.
    watcher.on('error', () => watcher.close());
    watchers.push(watcher);
  }
  const poll = setInterval(changed, pollMs);
  poll.unref();
  return {
    stop() {
      clearInterval(poll);
      for (const watcher of watchers) watcher.close();
    },
  };
}

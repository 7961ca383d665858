/**
 * A small shared HTTP cache for a BFF's GETs, as RFC 9111 allows a shared cache to keep a response:
 * only what the service marked `public` with a `max-age`, for that long. Concurrent misses for one
 * URL share a single upstream call, so a burst of page loads costs the service one query. The cached
 * value is the body already validated against the route's schema, so a hit costs no parsing at all.
 */
export interface ResponseCache {
  /** The value for `key`: cached while fresh, else from `load`, which also says how long it may be kept. */
  get<T>(key: string, load: () => Promise<{ value: T; maxAgeMs: number }>): Promise<T>;
}

interface Entry {
  value: unknown;
  freshUntil: number;
}

/** Fresh lifetime a response allows a shared cache, from its Cache-Control; 0 when it allows none. */
export function sharedMaxAgeMs(cacheControl: string | null): number {
  if (!cacheControl) return 0;
  const directives = cacheControl.toLowerCase().split(',').map((directive) => directive.trim());
  if (!directives.includes('public') || directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache')) {
    return 0;
  }
  const maxAge = directives.find((d) => d.startsWith('s-maxage=')) ?? directives.find((d) => d.startsWith('max-age='));
  const seconds = Number(maxAge?.split('=')[1]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

export function createResponseCache(options: { maxEntries?: number; now?: () => number } = {}): ResponseCache {
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const loading = new Map<string, Promise<unknown>>();

  function remember(key: string, value: unknown, maxAgeMs: number): void {
    if (maxAgeMs <= 0) return;
    entries.delete(key);
    entries.set(key, { value, freshUntil: now() + maxAgeMs });
    // Map iteration is insertion order: the first key is the least recently stored one.
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  }

  return {
    get<T>(key: string, load: () => Promise<{ value: T; maxAgeMs: number }>): Promise<T> {
      const entry = entries.get(key);
      if (entry && entry.freshUntil > now()) return Promise.resolve(entry.value as T);
      const pending = loading.get(key);
      if (pending) return pending as Promise<T>;
      const loaded = load()
        .then(({ value, maxAgeMs }) => {
          remember(key, value, maxAgeMs);
          return value;
        })
        .finally(() => loading.delete(key));
      loading.set(key, loaded);
      return loaded;
    },
  };
}

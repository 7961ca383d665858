/** `?slice.order=http://localhost:6002` overrides the order slice in this browser; `?slice.order=` clears it. */
export const overrideParamPrefix = 'slice.';

export interface OverrideRequest {
  slice: string;
  /** Where the developer's build is served; empty to go back to the live manifest. */
  location: string;
}

export function readOverrideParams(search: string): OverrideRequest[] {
  const requests: OverrideRequest[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.startsWith(overrideParamPrefix) && key.length > overrideParamPrefix.length) {
      requests.push({ slice: key.slice(overrideParamPrefix.length), location: value.trim() });
    }
  }
  return requests;
}

/** The same search string without the override parameters, once they are stored. */
export function withoutOverrideParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(overrideParamPrefix)) params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * Where a slice build's remote entry lives, from what a developer typed: an origin or folder means the
 * layout `vite build` produces (`<base>/assets/remoteEntry.js`); a URL ending in `.js` is taken as is.
 */
export function remoteEntryFrom(location: string): string {
  const url = new URL(location);
  // `localhost:6002` parses as a URL of scheme "localhost:"; say it is not one rather than refuse it later.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${location} is not an http(s) URL`);
  if (url.pathname.endsWith('.js')) return url.toString();
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/assets/remoteEntry.js`;
  return url.toString();
}

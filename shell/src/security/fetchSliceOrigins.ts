import { ManifestError, unusable } from '../manifest/fetchManifest';
import { parseOriginPatterns, type OriginPattern } from './sliceOrigins';

/** Served by the edge from the same setting its Content-Security-Policy is built from. */
export const sliceOriginsUrl = '/slice-origins.json';

export async function fetchSliceOrigins(url: string = sliceOriginsUrl, fetchImpl: typeof fetch = fetch): Promise<OriginPattern[]> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new ManifestError("Tiffin can't reach its server right now. Check your connection and try again.", { cause });
  }
  if (!response.ok) throw new ManifestError(unusable, { cause: new Error(`GET ${url} answered HTTP ${response.status}`) });
  try {
    const body = (await response.json()) as { origins?: unknown };
    if (!Array.isArray(body.origins)) throw new TypeError('origins is not a list');
    return parseOriginPatterns(body.origins.join(' '));
  } catch (cause) {
    // Without a valid allow-list no slice may load: fail visibly rather than open or empty.
    throw new ManifestError(unusable, { cause: new Error('The list of allowed slice origins is invalid.', { cause }) });
  }
}

import { sliceManifest, type SliceManifest } from '@tiffin/slice-contract';

export const manifestUrl = '/manifest.json';

/** Carries a sentence a customer can read; the technical cause stays in `cause` for the console. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

/** What the customer reads when the sections cannot be set up; what went wrong is in `cause`, for the console. */
export const unusable = "Tiffin can't open right now. Please try again in a few minutes.";

/** Validates the manifest the edge served; two slices on one route would shadow each other. */
export function parseManifest(raw: unknown): SliceManifest {
  const parsed = sliceManifest.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ');
    throw new ManifestError(unusable, { cause: new Error(`The slice manifest is invalid (${issues}).`) });
  }
  const routes = new Set<string>();
  for (const slice of parsed.data.slices) {
    if (routes.has(slice.route)) {
      throw new ManifestError(unusable, { cause: new Error(`The slice manifest is invalid (route ${slice.route} is used twice).`) });
    }
    routes.add(slice.route);
  }
  return parsed.data;
}

export async function fetchManifest(url: string = manifestUrl, fetchImpl: typeof fetch = fetch): Promise<SliceManifest> {
  let response: Response;
  try {
    // The manifest says where each slice lives now; a cached copy could point at a retired build.
    response = await fetchImpl(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new ManifestError("Tiffin can't reach its server right now. Check your connection and try again.", { cause });
  }
  if (!response.ok) {
    throw new ManifestError(unusable, { cause: new Error(`GET ${url} answered HTTP ${response.status}`) });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new ManifestError(unusable, { cause: new Error('The slice manifest is not valid JSON.', { cause }) });
  }
  return parseManifest(body);
}

import { fetchManifest } from '../manifest/fetchManifest';
import { fetchSliceOrigins } from '../security/fetchSliceOrigins';
import { readOverrideParams, withoutOverrideParams } from './overrideParams';
import { loadStoredOverrides, saveStoredOverrides } from './overrideStore';
import { resolveSliceSources, type SliceSources } from './sliceSources';

/**
 * The manifest and the allow-list, fetched together, with this browser's overrides applied: takes any
 * `?slice.<name>=` request from the address bar into storage and out of the address, so a reload or a
 * shared link does not repeat it. Refusals go to the console; those of overrides to the page as well.
 */
export async function loadSliceSources(window: Window): Promise<SliceSources> {
  const [manifest, allowList] = await Promise.all([fetchManifest(), fetchSliceOrigins()]);
  const { location, history, localStorage } = window;
  const requests = readOverrideParams(location.search);
  const sources = resolveSliceSources(manifest, allowList, loadStoredOverrides(localStorage), requests);
  saveStoredOverrides(localStorage, sources.stored);
  if (requests.length > 0) {
    history.replaceState(history.state, '', `${location.pathname}${withoutOverrideParams(location.search)}${location.hash}`);
  }
  for (const refusal of [...sources.refusals, ...sources.slices.flatMap((entry) => entry.refusal ?? [])]) console.error(`[shell] ${refusal}`);
  for (const override of sources.overrides) console.warn(`[shell] the ${override.slice} slice comes from ${override.remoteEntry} (local override)`);
  return sources;
}

/** One click in the banner: back to the live manifest for every slice, on a fresh page. */
export function clearSliceOverrides(window: Window): void {
  saveStoredOverrides(window.localStorage, {});
  window.location.reload();
}

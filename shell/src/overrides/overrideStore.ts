/** Overrides live in this browser only: the key holds `{ [slice]: remoteEntryUrl }`. */
export const overrideStorageKey = 'tiffin.sliceOverrides';

export type OverrideStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type StoredOverrides = Record<string, string>;

export function loadStoredOverrides(storage: OverrideStorage): StoredOverrides {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(overrideStorageKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch {
    return {};
  }
}

export function saveStoredOverrides(storage: OverrideStorage, overrides: StoredOverrides): void {
  try {
    if (Object.keys(overrides).length === 0) storage.removeItem(overrideStorageKey);
    else storage.setItem(overrideStorageKey, JSON.stringify(overrides));
  } catch {
    // Blocked storage: the override lasts as long as the page.
  }
}

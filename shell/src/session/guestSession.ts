import { session as sessionSchema, type Session } from '@tiffin/contracts';

export const sessionStorageKey = 'tiffin.session';

export type SessionStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Tiffin has no sign-in yet: each browser is one guest customer, kept across visits so the order
 * history and deliveries stay theirs. A missing or corrupt record starts a new guest.
 */
export function loadGuestSession(storage: SessionStorage, newId: () => string = () => crypto.randomUUID()): Session {
  const stored = readStoredSession(storage);
  if (stored) return stored;
  const guest: Session = { consumerId: newId(), displayName: 'Guest' };
  try {
    storage.setItem(sessionStorageKey, JSON.stringify(guest));
  } catch {
    // Blocked storage: the guest lasts as long as the page.
  }
  return guest;
}

function readStoredSession(storage: SessionStorage): Session | null {
  try {
    const raw = storage.getItem(sessionStorageKey);
    if (raw === null) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

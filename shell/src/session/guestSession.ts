import { guestCustomer, type Session } from '@tiffin/contracts';

/** Where earlier shells kept a random guest id per browser; removed, since the consumer service does not know those. */
export const sessionStorageKey = 'tiffin.session';

export type SessionStorage = Pick<Storage, 'removeItem'>;

/**
 * Tiffin has no sign-in yet: every browser orders as the consumer service's seeded guest customer,
 * who has a card that is authorised and one that is always declined. Interim, until sign-in.
 */
export function loadGuestSession(storage: SessionStorage): Session {
  try {
    storage.removeItem(sessionStorageKey);
  } catch {
    // Blocked storage: there is nothing stale to remove either.
  }
  return { consumerId: guestCustomer.consumerId, displayName: guestCustomer.displayName };
}

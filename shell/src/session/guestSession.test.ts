import { describe, expect, it } from 'vitest';
import { guestCustomer } from '@tiffin/contracts';
import { loadGuestSession, sessionStorageKey, type SessionStorage } from './guestSession';

function browserLikeStorage(initial: Record<string, string> = {}): SessionStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, removeItem: (key) => void data.delete(key) };
}

describe('guest session', () => {
  it('is the consumer service’s seeded guest customer, whom the order saga accepts', () => {
    expect(loadGuestSession(browserLikeStorage())).toEqual({ consumerId: guestCustomer.consumerId, displayName: 'Guest' });
  });

  it('forgets the random guest an earlier shell kept, which the consumer service would reject', () => {
    const storage = browserLikeStorage({ [sessionStorageKey]: JSON.stringify({ consumerId: crypto.randomUUID(), displayName: 'Guest' }) });
    expect(loadGuestSession(storage).consumerId).toBe(guestCustomer.consumerId);
    expect(storage.data.has(sessionStorageKey)).toBe(false);
  });

  it('works where storage is blocked', () => {
    const blocked: SessionStorage = {
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadGuestSession(blocked).consumerId).toBe(guestCustomer.consumerId);
  });
});

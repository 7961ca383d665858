import { describe, expect, it } from 'vitest';
import { loadGuestSession, sessionStorageKey, type SessionStorage } from './guestSession';

function browserLikeStorage(initial: Record<string, string> = {}): SessionStorage {
  const data = new Map(Object.entries(initial));
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('guest session', () => {
  it('creates a guest with a fresh uuid and keeps it for the next visit', () => {
    const storage = browserLikeStorage();
    const first = loadGuestSession(storage);
    expect(first.displayName).toBe('Guest');
    expect(first.consumerId).toMatch(uuid);

    expect(loadGuestSession(storage)).toEqual(first);
  });

  it('gives separate browsers separate customers', () => {
    expect(loadGuestSession(browserLikeStorage()).consumerId).not.toBe(
      loadGuestSession(browserLikeStorage()).consumerId,
    );
  });

  it('replaces a corrupt record with a new guest', () => {
    const storage = browserLikeStorage({ [sessionStorageKey]: JSON.stringify({ consumerId: 'me', displayName: 'Guest' }) });
    const session = loadGuestSession(storage);
    expect(session.consumerId).toMatch(uuid);
    expect(loadGuestSession(storage)).toEqual(session);
  });
});

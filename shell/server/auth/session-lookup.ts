import { sessionToken, type SignedInSession } from '@tiffin/contracts';
import type { IdentityClient } from './identity-client';

export interface SessionLookup {
  /** Who holds the token; the answer is kept for a few seconds. Throws IdentityUnavailable. */
  find(token: string | undefined, correlationId: string): Promise<SignedInSession | undefined>;
  /** Sign-out: the next request with this token asks the identity service again. */
  forget(token: string): void;
}

interface Entry {
  answer: Promise<SignedInSession | undefined>;
  until: number;
}

/**
 * Every BFF call needs its caller, so the answer for a token is kept `ttlMs`: a page's burst of calls
 * costs one round trip to the identity service. A session ended elsewhere (another edge, or expiry)
 * is still honoured here for at most that long; a sign-out through this edge forgets it at once.
 */
export function createSessionLookup(identity: IdentityClient, options: { ttlMs?: number; maxEntries?: number } = {}): SessionLookup {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<string, Entry>();

  return {
    find(token, correlationId) {
      // A cookie that is not even shaped like a token is nobody, without asking.
      if (!token || !sessionToken.safeParse(token).success) return Promise.resolve(undefined);
      const now = Date.now();
      const kept = entries.get(token);
      if (kept && kept.until > now) return kept.answer;
      if (entries.size >= maxEntries) {
        // Oldest first: a Map iterates in insertion order.
        for (const [key, entry] of entries) if (entry.until <= now || entries.size >= maxEntries) entries.delete(key);
      }
      const entry: Entry = { answer: identity.sessionOf(token, correlationId), until: now + ttlMs };
      entries.set(token, entry);
      // A failed lookup is not kept: the next request asks again.
      entry.answer.catch(() => {
        if (entries.get(token) === entry) entries.delete(token);
      });
      return entry.answer;
    },
    forget(token) {
      entries.delete(token);
    },
  };
}

import { type SignedInSession } from '@tiffin/contracts';
import type { IdentityClient } from './identity-client';
export interface SessionLookup {
    /** Who holds the token; the answer is kept for a few seconds. Throws IdentityUnavailable. */
    find(token: string | undefined, correlationId: string): Promise<SignedInSession | undefined>;
    /** Sign-out: the next request with this token asks the identity service again. */
    forget(token: string): void;
}
/**
 * Every BFF call needs its caller, so the answer for a token is kept `ttlMs`: a page's burst of calls
 * costs one round trip to the identity service. A session ended elsewhere (another edge, or expiry)
 * is still honoured here for at most that long; a sign-out through this edge forgets it at once.
 */
export declare function createSessionLookup(identity: IdentityClient, options?: {
    ttlMs?: number;
    maxEntries?: number;
}): SessionLookup;

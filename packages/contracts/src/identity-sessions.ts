import { z } from 'zod';
import { identity, signInRequest } from './identity';

/**
 * The identity service's internal API, called only by the edge. A session token is 32 random bytes
 * in base64url; the browser holds it in the httpOnly session cookie and the service keeps only its
 * SHA-256, so a copy of the database signs nobody in.
 */
export const sessionToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a session token is 43 base64url characters');

/**
 * identity service: POST /sessions, what the person typed and the address the edge saw them at (its
 * trusted proxy hop, never a header the client wrote itself): failed sign-ins are counted per
 * account and address. 429 with `retry-after` when a limit is reached.
 */
export const createSessionRequest = signInRequest.extend({ clientAddress: z.string().trim().min(1).max(100) });
export type CreateSessionRequest = z.infer<typeof createSessionRequest>;

/** identity service: POST /sessions answers 201 with this; 401 when the email or password is wrong. */
export const createdSession = z.object({ token: sessionToken, csrfToken: z.string().min(16), identity });
export type CreatedSession = z.infer<typeof createdSession>;

/** The one message for an unknown email and a wrong password alike: which one it was is not told. */
export const wrongCredentialsMessage = 'email or password is wrong';

/** How a session lasts from sign-in, whatever happens meanwhile; sign-out ends it sooner. */
export const sessionLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * identity service: POST /sessions/still-open, which of these sessions have not ended (signed out
 * or expired). Each edge asks it once a second for the sessions its live streams serve, and ends the
 * streams of the others: a sign-out through any edge ends them on every edge.
 */
export const sessionsStillOpenRequest = z.object({ tokens: z.array(sessionToken).max(1000) });
export const sessionsStillOpen = z.object({ open: z.array(sessionToken) });

/** GET and DELETE /sessions/current carry the session in `authorization: Bearer <token>`. */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}

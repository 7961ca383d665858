import { createHash, randomBytes } from 'node:crypto';
import { sessionToken } from '@tiffin/contracts';

/** 32 random bytes: the browser's cookie value, never stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token the browser must echo in x-csrf-token; the page reads it from the session, a foreign site cannot. */
export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** What the sessions table keeps instead of the token. */
export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token in `authorization: Bearer <token>`, or undefined when the header is missing or malformed. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  const parsed = sessionToken.safeParse(match?.[1]);
  return parsed.success ? parsed.data : undefined;
}

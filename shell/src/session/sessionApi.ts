import { csrfHeader, problem, signedInSession, type SignInRequest } from '@tiffin/contracts';
import { type Session } from '@tiffin/slice-contract';

/** A sign-in that did not work, with a message for the person at the keyboard. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

const unreachable = "Can't reach Tiffin right now. Check your connection and try again.";

async function problemMessage(response: Response, fallback: string): Promise<string> {
  const body = problem.safeParse(await response.json().catch(() => undefined));
  return body.success ? body.data.message : fallback;
}

/** The session this browser's cookie belongs to, or null when nobody is signed in here. */
export async function fetchSession(fetchImpl: typeof fetch = fetch): Promise<Session | null> {
  const response = await fetchImpl('/auth/session', { headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(await problemMessage(response, `Tiffin could not check your sign-in (HTTP ${response.status}).`));
  return signedInSession.parse(await response.json());
}

/** Signs in; the edge sets the httpOnly session cookie, so only the session's public part comes back. */
export async function signIn(request: SignInRequest, fetchImpl: typeof fetch = fetch): Promise<Session> {
  let response: Response;
  try {
    response = await fetchImpl('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    throw new SignInError(unreachable);
  }
  if (!response.ok) {
    throw new SignInError(await problemMessage(response, `Sign-in did not work (HTTP ${response.status}). Please try again.`));
  }
  return signedInSession.parse(await response.json());
}

/** Ends the session on the server too, so the cookie is worthless even if someone copied it. */
export async function signOut(session: Session, fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl('/auth/sign-out', { method: 'POST', headers: { [csrfHeader]: session.csrfToken } });
  // 401: the session had already ended, which is what signing out wants anyway.
  if (!response.ok && response.status !== 401) {
    throw new Error(await problemMessage(response, `Signing out did not work (HTTP ${response.status}).`));
  }
}

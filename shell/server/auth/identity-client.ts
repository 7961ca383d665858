import {
  bearer,
  correlationHeader,
  createdSession,
  signedInSession,
  problem,
  sessionsStillOpen,
  type CreateSessionRequest,
  type CreatedSession,
  type SignedInSession,
} from '@tiffin/contracts';
import { serviceUrl, type EdgeCall } from '@tiffin/topology';

/** The identity service did not answer, or not as its contract says: nobody can sign in or be recognised. */
export class IdentityUnavailable extends Error {
  override readonly name = 'IdentityUnavailable';
}

/** Why the identity service started no session: a wrong email or password, or too many of them. */
export type SignInRefused = { refused: 'wrong' } | { refused: 'limited'; retryAfterSeconds: number; message: string };

export interface IdentityClient {
  /** The new session, or why there is none. */
  signIn(request: CreateSessionRequest, correlationId: string): Promise<CreatedSession | SignInRefused>;
  /** Who holds the token, or undefined when the session has ended or never was. */
  sessionOf(token: string, correlationId: string): Promise<SignedInSession | undefined>;
  signOut(token: string, correlationId: string): Promise<void>;
  /** Of these tokens (at most 1000), those whose session has not ended. */
  stillOpen(tokens: readonly string[], correlationId: string): Promise<string[]>;
}

/** Short: a person waits on it at sign-in and every BFF call waits on it when the cache has no answer. */
const timeoutMs = 3_000;

/** The edge's calls to the identity service (TIFFIN_IDENTITY_SERVICE_URL overrides where it is). */
export function createIdentityClient(env: NodeJS.ProcessEnv = process.env): IdentityClient {
  // The edge calls only the services topology.edge.calls lists: any other is a type error here.
  const base = serviceUrl('identity' satisfies EdgeCall, env).replace(/\/$/, '');

  async function call(
    path: string,
    { correlationId, headers, ...init }: Omit<RequestInit, 'headers'> & { headers?: Record<string, string>; correlationId: string },
  ): Promise<Response> {
    try {
      return await fetch(`${base}${path}`, {
        ...init,
        headers: { ...headers, [correlationHeader]: correlationId },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new IdentityUnavailable(`the identity service could not be reached: ${(error as Error).message}`, { cause: error });
    }
  }

  function unexpected(response: Response): IdentityUnavailable {
    return new IdentityUnavailable(`the identity service answered ${response.status}`);
  }

  async function parsed<T>(response: Response, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): Promise<T> {
    const result = schema.safeParse(await response.json().catch(() => undefined));
    if (!result.success) throw new IdentityUnavailable('the identity service answered outside its contract');
    return result.data;
  }

  return {
    async signIn(request, correlationId) {
      const response = await call('/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        correlationId,
      });
      if (response.status === 401) return { refused: 'wrong' };
      if (response.status === 429) {
        const { message } = await parsed(response, problem);
        const retryAfterSeconds = Number(response.headers.get('retry-after'));
        if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 1) throw new IdentityUnavailable('the identity service refused a sign-in without saying until when');
        return { refused: 'limited', retryAfterSeconds, message };
      }
      if (response.status !== 201) throw unexpected(response);
      return parsed(response, createdSession);
    },

    async sessionOf(token, correlationId) {
      const response = await call('/sessions/current', { headers: { authorization: bearer(token) }, correlationId });
      if (response.status === 401) return undefined;
      if (response.status !== 200) throw unexpected(response);
      return parsed(response, signedInSession);
    },

    async stillOpen(tokens, correlationId) {
      const response = await call('/sessions/still-open', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tokens }),
        correlationId,
      });
      if (response.status !== 200) throw unexpected(response);
      return (await parsed(response, sessionsStillOpen)).open;
    },

    async signOut(token, correlationId) {
      const response = await call('/sessions/current', { method: 'DELETE', headers: { authorization: bearer(token) }, correlationId });
      if (response.status !== 204) throw unexpected(response);
    },
  };
}

import { csrfHeader, problem, type Problem } from '@tiffin/contracts';
import { type Session } from '@tiffin/slice-contract';
import type { ZodType } from 'zod';
import { newTraceparent } from './traceparent';

/** A failed BFF call, with a message fit to show the customer. */
export class BffError extends Error {
  override readonly name = 'BffError';
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    /** The BFF's problem body, when it sent one: its `code` says what to do or how to word it. */
    readonly problem?: Problem,
  ) {
    super(message);
  }
}

export interface BffClient {
  get<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body: unknown, schema: ZodType<T>, headers?: Record<string, string>): Promise<T>;
  patch<T>(path: string, body: unknown, schema: ZodType<T>): Promise<T>;
}

const unreachable = "Can't reach Tiffin right now. Check your connection and try again.";
const unexpectedAnswer = 'Tiffin sent an answer this page does not understand. Please reload the page.';

export interface BffClientOptions {
  /** Called when the BFF answers 401: the session is over, so the shell should ask to sign in again. */
  onSessionEnded?: () => void;
  fetchImpl?: typeof fetch;
}

/**
 * Calls this slice's BFF on the shell's origin as the signed-in person; answers are checked, never
 * trusted. Who they are travels in the session cookie the edge reads, never in a header from here;
 * state-changing calls echo the session's CSRF token, which a page on another origin cannot know.
 */
export function createBffClient(bffBase: string, session: Session, options: BffClientOptions = {}): BffClient {
  const fetchImpl = options.fetchImpl ?? fetch;
  async function request<T>(path: string, init: RequestInit, schema: ZodType<T>): Promise<T> {
    let response: Response;
    const method = init.method ?? 'GET';
    try {
      response = await fetchImpl(`${bffBase}${path}`, {
        ...init,
        headers: {
          accept: 'application/json',
          traceparent: newTraceparent(),
          ...(method === 'GET' ? {} : { [csrfHeader]: session.csrfToken }),
          ...init.headers,
        },
      });
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      throw new BffError(unreachable, 0);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status === 401) options.onSessionEnded?.();
    if (!response.ok) {
      const details = problem.safeParse(body);
      if (details.success) throw new BffError(details.data.message, response.status, details.data);
      throw new BffError(`Tiffin could not complete this request (HTTP ${response.status}).`, response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      console.error(`[bff] ${init.method ?? 'GET'} ${bffBase}${path} answered off-contract`, parsed.error.issues);
      throw new BffError(unexpectedAnswer, response.status);
    }
    return parsed.data;
  }

  return {
    get: (path, schema, signal) => request(path, signal ? { signal } : {}, schema),
    post: (path, body, schema, headers = {}) =>
      request(
        path,
        { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } },
        schema,
      ),
    patch: (path, body, schema) =>
      request(
        path,
        { method: 'PATCH', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
        schema,
      ),
  };
}

import { STATUS_CODES } from 'node:http';
import type { ZodType } from 'zod';
import { problem, type Problem } from '@tiffin/contracts';

/** What the fake BFF answers a call with: a status and a JSON body. */
export interface FakeAnswer {
  status: number;
  body: unknown;
}

/** An answer the real BFF could give: parsed with its contract here, so a fixture cannot drift from it. */
export function answer<T>(schema: ZodType<T>, body: NoInfer<T>, status = 200): FakeAnswer {
  return { status, body: schema.parse(body) };
}

/** A refusal as the BFF words it: the problem body every route answers with when it says no. */
export function refusal(status: number, details: Omit<Problem, 'statusCode' | 'error'>): FakeAnswer {
  return { status, body: problem.parse({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', ...details }) };
}

/** One route of the fake: a fixed answer, or one worked out from the request (its JSON body). */
export type FakeRoute = FakeAnswer | ((request: { body: unknown; url: URL }) => FakeAnswer);

export interface FakeBffCall {
  method: string;
  path: string;
  body: unknown;
  /** The headers the slice set itself (an idempotency key, say); the browser's own are not here. */
  headers: Record<string, string>;
}

export interface FakeBff {
  fetch: typeof fetch;
  /** Every call the slice made, in order: what a test asserts the slice sent. */
  calls: FakeBffCall[];
}

/**
 * The slice's BFF as the browser sees it, for component tests: routes keyed `METHOD /path` (under the
 * slice's BFF base, without the query) answer with contract-checked fixtures; a call no route expects
 * is answered 500 with a message naming it, so the page shows what the test forgot.
 */
export function fakeBff(bffBase: string, routes: Record<string, FakeRoute>): FakeBff {
  const calls: FakeBffCall[] = [];
  const fetchFake = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://tiffin.test');
    const method = init.method ?? 'GET';
    const path = url.pathname.startsWith(bffBase) ? url.pathname.slice(bffBase.length) : url.pathname;
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path, body, headers: Object.fromEntries(new Headers(init.headers).entries()) });
    const route = routes[`${method} ${path}`];
    const reply = route
      ? typeof route === 'function'
        ? route({ body, url })
        : route
      : refusal(500, { code: 'NO_FAKE_ROUTE', message: `The fake BFF has no route for ${method} ${path}` });
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetchFake as typeof fetch, calls };
}

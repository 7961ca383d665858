import { isBrokenCircuitError } from 'cockatiel';
import { Agent, request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { consumerHeader, correlationHeader, problem, type ProblemCode } from '@tiffin/contracts';
import { currentTraceparent } from '@tiffin/telemetry';
import type { ServiceName } from '@tiffin/topology';
import { ProblemError, UpstreamError } from './errors';
import type { Logger } from './logger';
import { createResponseCache, sharedMaxAgeMs } from './response-cache';
import { createServicePolicies, FailedAttempt, type BreakerOptions } from './service-policy';

export interface ServiceClientOptions {
  /** The service called: its logs name it, and an error says what its outage means to the customer. */
  name: ServiceName;
  baseUrl: string;
  /** Per attempt, covering connect, headers and body. */
  timeoutMs?: number;
  logger: Logger;
  breaker?: BreakerOptions;
}

export interface CallOptions {
  correlationId?: string;
  consumerId?: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** Per attempt, for this call only: a part of a composed answer may wait less than the client's default. */
  timeoutMs?: number;
}

export interface ServiceClient {
  get<S extends z.ZodType>(path: string, schema: S, options?: CallOptions): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S, options?: CallOptions): Promise<z.output<S>>;
  /**
   * Opens a long-lived GET (a text/event-stream) and gives its body as it comes. Only the opening is
   * timed and counted by the breaker: a stream that stays open for an hour is the service working.
   * Aborting `signal` ends it.
   */
  stream(path: string, options: CallOptions & { signal: AbortSignal }): Promise<AsyncIterable<Buffer>>;
  patch<S extends z.ZodType>(path: string, body: unknown, schema: S, options?: CallOptions): Promise<z.output<S>>;
  /**
   * A GET answered as it comes, whatever its status, outside the breaker and the cache: what a health
   * probe needs (a 503 with its report is an answer, and a service that is down must not be called
   * less for being probed).
   */
  probe(path: string, options?: CallOptions): Promise<ProbeAnswer>;
  /** A DELETE answered with no body (204). */
  delete(path: string, options?: CallOptions): Promise<void>;
}

export type ProbeAnswer = { reached: true; status: number; body: unknown } | { reached: false; problem: string };

interface Answer {
  status: number;
  text: string;
  cacheControl: string | null;
}

const unavailableStatuses = new Set([502, 503, 504]);

/** A stream the service would not open (4xx, or a 500 of this one request): passed on, not counted by the breaker. */
class StreamRefused extends Error {
  constructor(
    readonly status: number,
    readonly text: string,
  ) {
    super(`answered ${status}`);
  }
}

interface Exchange {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Calls one backend service. Callers get either the validated body, a `ProblemError` carrying the
 * service's own 4xx (so the user learns why), or an `UpstreamError` naming the service (502/503/504).
 * GETs go through a shared cache that keeps what the service marks public for as long as it says.
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const { name, logger } = options;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  const policies = createServicePolicies(options.breaker);
  const cache = createResponseCache();
  // undici's request rather than fetch: a third of the CPU per call (no WHATWG streams), and a BFF
  // spends most of its time calling. Connections are kept alive per service.
  const dispatcher = new Agent();

  function urlOf(path: string, query: CallOptions['query']): URL {
    const url = new URL(`${baseUrl}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  function headersOf(call: CallOptions, hasBody: boolean): Record<string, string> {
    // The caller's span (a BFF route's), so the service's span joins its trace.
    const traceparent = currentTraceparent();
    return {
      accept: 'application/json',
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(call.correlationId ? { [correlationHeader]: call.correlationId } : {}),
      ...(call.consumerId ? { [consumerHeader]: call.consumerId } : {}),
      ...(traceparent ? { traceparent } : {}),
      ...call.headers,
    };
  }

  /** One HTTP exchange; throws `FailedAttempt` for what the breaker should count against the service. */
  async function attempt(url: URL, exchange: Exchange, timeoutMs: number): Promise<Answer> {
    let status: number;
    let cacheControl: string | null;
    let text: string;
    // One timer for the whole attempt (undici's own timeouts are only as fine as a second).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await request(url, { ...exchange, dispatcher, signal: abort.signal });
      status = response.statusCode;
      const header = response.headers['cache-control'];
      cacheControl = typeof header === 'string' ? header : null;
      text = await response.body.text();
    } catch (error) {
      if (abort.signal.aborted) throw new FailedAttempt('timeout', `no answer within ${timeoutMs}ms`, { cause: error });
      throw new FailedAttempt('bad-gateway', 'could not reach the service', { cause: error });
    } finally {
      clearTimeout(timer);
    }
    // Only these say the service cannot serve anyone right now; the breaker counts nothing else.
    if (unavailableStatuses.has(status)) {
      throw new FailedAttempt('bad-gateway', `answered ${status}: ${text.slice(0, 500)}`);
    }
    return { status, text, cacheControl };
  }

  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    schema: S,
    call: CallOptions,
  ): Promise<{ value: z.output<S>; maxAgeMs: number }> {
    const url = urlOf(path, call.query);
    const exchange: Exchange = {
      method,
      headers: headersOf(call, body !== undefined),
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    };
    const policy = method === 'GET' ? policies.idempotent : policies.once;
    const context = { service: name, method, path: url.pathname, correlationId: call.correlationId };

    let answer: Answer;
    try {
      answer = await policy.execute(() => attempt(url, exchange, call.timeoutMs ?? timeoutMs));
    } catch (error) {
      if (isBrokenCircuitError(error)) {
        logger.warn(context, `${name} service circuit is open; call refused`);
        throw new UpstreamError(name, 'circuit-open', { cause: error });
      }
      if (error instanceof FailedAttempt) {
        logger.warn({ ...context, err: error }, `${name} service call failed: ${error.message}`);
        throw new UpstreamError(name, error.failure, { cause: error });
      }
      throw error;
    }

    if (answer.status >= 500) {
      // A fault of this one request (a bug, or input the service failed to refuse): the caller gets a
      // 502, but other customers' calls must not be refused for it, so it is not a failed attempt.
      logger.error({ ...context, status: answer.status, body: answer.text.slice(0, 500) }, `${name} service failed a request`);
      throw new UpstreamError(name, 'bad-gateway');
    }
    const json = parseJson(answer.text);
    if (answer.status >= 400) {
      const upstreamProblem = problem.safeParse(json);
      if (!upstreamProblem.success) throw new ProblemError(answer.status, `${name} service refused the request (${answer.status})`);
      // The code and what it is about travel with the message, so the slice can word it for the customer.
      const { message, code, subject, changedLines } = upstreamProblem.data;
      const details = { ...(code ? { code: code as ProblemCode } : {}), ...(subject ? { subject } : {}), ...(changedLines ? { changedLines } : {}) };
      throw new ProblemError(answer.status, message, { details });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      logger.error({ ...context, issues: parsed.error.issues }, `${name} service answered outside its contract`);
      throw new UpstreamError(name, 'bad-gateway', { cause: parsed.error });
    }
    return { value: parsed.data, maxAgeMs: sharedMaxAgeMs(answer.cacheControl) };
  }

  /** Opens the stream: headers within the timeout, else a FailedAttempt like any call's. */
  async function attemptStream(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
    const abort = new AbortController();
    const stop = () => abort.abort();
    signal.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(stop, timeoutMs);
    let response: Dispatcher.ResponseData;
    try {
      // No body timeout: the stream is quiet between changes (heartbeats every 15 s keep proxies awake).
      response = await request(url, { method: 'GET', headers, dispatcher, signal: abort.signal, bodyTimeout: 0 });
    } catch (error) {
      signal.removeEventListener('abort', stop);
      if (signal.aborted) throw error;
      if (abort.signal.aborted) throw new FailedAttempt('timeout', `no answer within ${timeoutMs}ms`, { cause: error });
      throw new FailedAttempt('bad-gateway', 'could not reach the service', { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (response.statusCode >= 300) {
      signal.removeEventListener('abort', stop);
      const text = await response.body.text();
      if (unavailableStatuses.has(response.statusCode)) {
        throw new FailedAttempt('bad-gateway', `answered ${response.statusCode}: ${text.slice(0, 500)}`);
      }
      throw new StreamRefused(response.statusCode, text);
    }
    return response;
  }

  async function stream(path: string, call: CallOptions & { signal: AbortSignal }): Promise<AsyncIterable<Buffer>> {
    const url = urlOf(path, call.query);
    const headers = { ...headersOf(call, false), accept: 'text/event-stream' };
    const context = { service: name, method: 'GET', path: url.pathname, correlationId: call.correlationId };
    let response: Dispatcher.ResponseData;
    try {
      response = await policies.idempotent.execute(() => attemptStream(url, headers, call.signal));
    } catch (error) {
      if (isBrokenCircuitError(error)) {
        logger.warn(context, `${name} service circuit is open; stream refused`);
        throw new UpstreamError(name, 'circuit-open', { cause: error });
      }
      if (error instanceof FailedAttempt) {
        logger.warn({ ...context, err: error }, `${name} service stream failed to open: ${error.message}`);
        throw new UpstreamError(name, error.failure, { cause: error });
      }
      if (error instanceof StreamRefused) {
        if (error.status >= 500) throw new UpstreamError(name, 'bad-gateway');
        const refused = problem.safeParse(parseJson(error.text));
        throw new ProblemError(error.status, refused.success ? refused.data.message : `${name} service refused the request (${error.status})`);
      }
      throw error;
    }
    return response.body;
  }

  return {
    stream,
    get: (path, schema, options = {}) =>
      // The consumer is part of the key: answers that are not public are shared only by one caller's concurrent requests.
      cache.get(`${urlOf(path, options.query).href} ${options.consumerId ?? ''}`, () =>
        call('GET', path, undefined, schema, options),
      ),
    post: async (path, body, schema, options = {}) => (await call('POST', path, body, schema, options)).value,
    patch: async (path, body, schema, options = {}) => (await call('PATCH', path, body, schema, options)).value,
    delete: async (path, options = {}) => void (await call('DELETE', path, undefined, z.unknown(), options)),
    async probe(path, options = {}) {
      const limit = options.timeoutMs ?? timeoutMs;
      try {
        const response = await request(urlOf(path, options.query), { method: 'GET', headers: headersOf(options, false), dispatcher, signal: AbortSignal.timeout(limit) });
        return { reached: true, status: response.statusCode, body: parseJson(await response.body.text()) };
      } catch (error) {
        return { reached: false, problem: (error as Error).name === 'TimeoutError' ? `no answer within ${limit} ms` : 'could not be reached' };
      }
    },
  };
}

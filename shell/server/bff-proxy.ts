import fastifyHttpProxy from '@fastify/http-proxy';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { correlationHeader, problemCodes, type Problem } from '@tiffin/contracts';
import { upstreamMessage } from '@tiffin/http-kit';
import { bffNames, bffService, bffUrl, type BffName } from '@tiffin/topology';
import type { BffGate } from './auth/bff-gate';
import { traceHeaderFor } from './edge-telemetry';
import { relayLiveStream } from './live/live-stream-relay';
import type { LiveStreams } from './live/live-streams';

/** Longer than a BFF's own upstream timeouts, so the BFF can answer with its own, better, problem. */
const bffTimeoutMs = 10_000;

/**
 * A BFF's server-sent events (`GET …/live`) stay open for as long as the page does, quiet between
 * events: the edge relays them itself, each on a connection of its own and counted per session.
 */
function isLiveStream(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.url.split('?')[0] ?? '').endsWith('/live');
}

/** The browser's answer when a BFF cannot be reached (502) or did not answer in time (504), worded as its service's outage. */
function bffUnavailable(name: BffName, reply: FastifyReply, status: 502 | 504, error: Error): void {
  reply.log.warn({ err: error, bff: name }, `${name} BFF did not answer`);
  const body: Problem = {
    statusCode: status,
    error: status === 504 ? 'Gateway Timeout' : 'Bad Gateway',
    // The slice shows this as it is: plain words about what the customer cannot do now,
    // worded as an outage of the BFF's own service.
    message: upstreamMessage(bffService(name), status === 504 ? 'timeout' : 'bad-gateway'),
    correlationId: reply.request.id,
    code: problemCodes.serviceUnavailable,
    subject: `${name}-bff`,
  };
  void reply.status(status).send(body);
}

export interface BffProxyOptions {
  /** How long a BFF may take to answer (to open a live stream) before the browser gets a 504; default `bffTimeoutMs`. */
  timeoutMs?: number;
  liveStreams: LiveStreams;
}

/**
 * `/bff/<name>/x` goes to that BFF as `/x`, carrying the correlation id the edge settled on and the
 * caller the gate settled on, never what the browser claimed.
 */
export async function proxyBffs(app: FastifyInstance, gate: BffGate, env: NodeJS.ProcessEnv, options: BffProxyOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? bffTimeoutMs;
  for (const name of bffNames) {
    const upstream = bffUrl(name, env);
    // The edge has met "Expect: 100-continue" itself; the BFF gets a plain request, and the edge's
    // span in place of the browser's trace headers.
    const headersFor = (request: FastifyRequest, headers: IncomingHttpHeaders) => {
      const { expect: _met, traceparent: _browsers, tracestate: _browsersState, ...forwarded } = gate.forwardedHeaders(request, headers);
      return { ...forwarded, [correlationHeader]: request.id, ...traceHeaderFor(request) };
    };
    const unavailable = (reply: FastifyReply, status: 502 | 504, error: Error) => bffUnavailable(name, reply, status, error);
    const relayLive = (request: FastifyRequest, reply: FastifyReply, dest: string) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const target = { url: new URL(`${dest}${query}`, upstream), headers: headersFor(request, request.headers), sessionToken: gate.sessionTokenOf(request)! };
      return relayLiveStream(request, reply, target, { streams: options.liveStreams, openTimeoutMs: timeoutMs, unavailable });
    };
    // Its own scope, so the gate's hook runs on this BFF's routes only, and before the body is read.
    await app.register(async (scope) => {
      scope.addHook('onRequest', gate.check(name));
      await scope.register(fastifyHttpProxy, {
        upstream,
        prefix: `/bff/${name}`,
        rewritePrefix: '',
        handler: (request, reply, dest, proxied) => (isLiveStream(request) ? relayLive(request, reply, dest) : reply.from(dest, proxied as object)),
        replyOptions: {
          timeout: timeoutMs,
          rewriteRequestHeaders: (request, headers) => headersFor(request as FastifyRequest, headers),
          onError: (reply, { error }) => unavailable(reply as FastifyReply, (error as { statusCode?: number }).statusCode === 504 ? 504 : 502, error),
        },
      });
    });
  }
}

import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../auth/problems';
import type { LiveStreams } from './live-streams';

/**
 * Streams get connections of their own, one each, outside the pool the edge's ordinary BFF calls
 * share: however many streams are open, a BFF's other calls never queue behind them.
 */
const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** Headers about one connection, not the message: never passed from one hop to the next. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host']);

function endToEnd(headers: IncomingHttpHeaders | OutgoingHttpHeaders | Record<string, unknown>): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !hopByHop.has(name))) as OutgoingHttpHeaders;
}

export interface LiveStreamTarget {
  url: URL;
  /** What the BFF gets: the gate's headers (the signed identity, no cookie). */
  headers: OutgoingHttpHeaders;
  /** The session the stream serves: it ends when the session does. */
  sessionToken: string;
}

export interface LiveStreamRelayOptions {
  streams: LiveStreams;
  /** How long the BFF may take to open the stream (its answer's headers); once open, it has no timeout. */
  openTimeoutMs: number;
  /** The answer when the BFF cannot be reached or did not open in time. */
  unavailable(reply: FastifyReply, status: 502 | 504, error: Error): void;
}

/**
 * Relays one BFF live stream (server-sent events) to the browser, holding a place in `streams` for
 * as long as it is open: refused with 429 naming the limit when the session or the edge has too
 * many; ended by the edge when its session ends (the browser's EventSource then finds itself signed
 * out), by the browser leaving, or by the BFF.
 */
export function relayLiveStream(request: FastifyRequest, reply: FastifyReply, target: LiveStreamTarget, options: LiveStreamRelayOptions): FastifyReply {
  let relaying: http.IncomingMessage | undefined;
  let ended = false;
  const place = options.streams.admit(target.sessionToken, () => {
    // The edge ends it: the browser's stream ends cleanly (its last event whole), then the BFF's.
    ended = true;
    relaying?.unpipe(reply.raw);
    if (reply.raw.headersSent) reply.raw.end();
    else reply.raw.destroy();
    upstream.destroy();
  });
  if ('message' in place) {
    reply.header('retry-after', String(place.retryAfterSeconds));
    return sendProblem(request, reply, 429, place.message);
  }

  const upstream = http.request(target.url, { method: 'GET', headers: endToEnd(target.headers), agent: streamAgent });
  let timedOut = false;
  const opening = setTimeout(() => {
    timedOut = true;
    upstream.destroy(new Error(`the BFF did not open the stream within ${options.openTimeoutMs}ms`));
  }, options.openTimeoutMs);
  reply.raw.once('close', () => {
    clearTimeout(opening);
    upstream.destroy();
    place.release();
  });

  upstream.once('response', (response) => {
    clearTimeout(opening);
    relaying = response;
    reply.hijack();
    reply.raw.writeHead(response.statusCode ?? 502, { ...endToEnd(response.headers), ...endToEnd(reply.getHeaders()), 'x-content-type-options': 'nosniff' });
    reply.raw.flushHeaders();
    response.pipe(reply.raw);
    // The BFF went away mid-stream: the browser's EventSource reconnects by itself.
    response.once('error', () => {
      if (!ended) reply.raw.destroy();
    });
  });
  upstream.once('error', (error) => {
    clearTimeout(opening);
    if (relaying || ended || reply.raw.destroyed) return;
    options.unavailable(reply, timedOut ? 504 : 502, error);
  });
  upstream.end();
  return reply;
}

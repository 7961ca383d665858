import type { Server } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One server-sent event. `data` is one line (JSON has no raw newlines). */
export interface ServerSentEvent {
  id?: string;
  event?: string;
  data: string;
}

export interface EventStream {
  send(event: ServerSentEvent): void;
  /** Ends the stream from this side. */
  close(): void;
  /** Runs once the stream ends, whichever side ended it. */
  onClose(listener: () => void): void;
  readonly closed: boolean;
}

/** Long enough to cost nothing, short enough for proxies that drop a connection silent for 30 s or more. */
export const heartbeatMs = 15_000;

const openStreams = new WeakMap<Server, Set<EventStream>>();

/** Ends every stream open on the app's server: fastify's close waits for open responses, and a stream never ends by itself. */
export function closeEventStreams(server: Server): void {
  for (const stream of openStreams.get(server) ?? []) stream.close();
}

export function formatEvent({ id, event, data }: ServerSentEvent): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}${event !== undefined ? `event: ${event}\n` : ''}data: ${data}\n\n`;
}

/** What a HEAD request gets: a stream that ended with its headers. */
const endedStream: EventStream = {
  send() {},
  close() {},
  onClose(listener) {
    listener();
  },
  closed: true,
};

/**
 * Answers the request with a `text/event-stream` that stays open: the reply is taken over from
 * fastify (no serialiser, no timeout), a comment goes out every `heartbeatMs` so idle proxies keep it,
 * and it ends when the client goes away or the app closes.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply, options: { heartbeatMs?: number } = {}): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Tells nginx-like proxies not to buffer the stream.
    'x-accel-buffering': 'no',
    ...(reply.getHeaders() as Record<string, string>),
  });
  // HEAD asks what a GET would answer: the headers, then nothing, at once (a stream would never end).
  if (request.method === 'HEAD') {
    raw.end();
    return endedStream;
  }
  // Sent now, so the client knows the stream is up before the first event; `retry` makes a browser
  // come back a second after a stream ends (its default is a few seconds, polled meanwhile).
  raw.write('retry: 1000\n\n');

  const listeners: (() => void)[] = [];
  const server = request.server.server;
  const streams = openStreams.get(server) ?? new Set<EventStream>();
  openStreams.set(server, streams);
  let closed = false;

  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatMs ?? heartbeatMs);
  heartbeat.unref();

  const ended = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    streams.delete(stream);
    for (const listener of listeners.splice(0)) listener();
  };
  // 'close' on the response: the client went away (or the response ended).
  raw.on('close', ended);

  const stream: EventStream = {
    send(event) {
      if (!closed) raw.write(formatEvent(event));
    },
    close() {
      if (closed) return;
      raw.end();
      ended();
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
    get closed() {
      return closed;
    },
  };
  streams.add(stream);
  // Gone before the stream opened: 'close' has been and will not come again.
  if (raw.destroyed) ended();
  return stream;
}

/** The client's Last-Event-ID, when it is a change number. */
export function lastEventIdOf(request: FastifyRequest): number | undefined {
  const raw = request.headers['last-event-id'];
  return typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

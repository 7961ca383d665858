import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { ServerSentEvent } from './event-stream';
import { createEventStreamParser } from './event-stream-parser';

/** A client of an event stream, for tests: what arrived so far, and a real connection to drop. */
export interface EventStreamListener {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  /** Every event received, in order. */
  readonly events: ServerSentEvent[];
  /** The first event received (from the start) for which `found` holds; rejects after `timeoutMs`. */
  waitFor(found: (event: ServerSentEvent) => boolean, timeoutMs?: number): Promise<ServerSentEvent>;
  /** Destroys the socket, as a browser tab that closes or a network that fails. */
  drop(): void;
  /** Resolves when the server ended the stream or the connection was dropped. */
  readonly ended: Promise<void>;
  /** The body, for an answer that is not a stream (a 4xx). */
  text(): Promise<string>;
}

export function listenToEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamListener> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      const events: ServerSentEvent[] = [];
      const waiters = new Set<() => void>();
      const parse = createEventStreamParser();
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
        events.push(...parse(chunk));
        for (const waiter of waiters) waiter();
      });
      const ended = new Promise<void>((done) => {
        response.on('close', done);
        response.on('error', () => done());
      });
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        waitFor(found, timeoutMs = 5_000) {
          return new Promise((done, fail) => {
            const check = () => {
              const event = events.find(found);
              if (!event) return;
              waiters.delete(check);
              clearTimeout(timer);
              done(event);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no such event within ${timeoutMs}ms; received: ${JSON.stringify(events.map((e) => e.id))}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        drop: () => outgoing.destroy(),
        ended,
        text: async () => {
          await ended;
          return body;
        },
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

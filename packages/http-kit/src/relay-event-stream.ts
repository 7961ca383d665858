import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CallOptions, ServiceClient } from './service-client';
import { openEventStream, type ServerSentEvent } from './event-stream';
import { createEventStreamParser } from './event-stream-parser';

export interface RelayOptions {
  query?: CallOptions['query'];
  /** What the browser gets for each upstream event: the event itself, another, or nothing (undefined). */
  filter?: (event: ServerSentEvent) => ServerSentEvent | undefined;
}

/**
 * Where the browser left off: EventSource's Last-Event-ID when it resumes by itself, or `?after=` when
 * the page opened a new EventSource after the last one gave up (a new one cannot set the header).
 */
function resumeFrom(request: FastifyRequest): string | undefined {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.after;
  const given = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
  return given !== undefined && /^[\w.:-]{1,64}$/.test(given) ? given : undefined;
}

/**
 * Relays a service's event stream to the browser, from where the browser's Last-Event-ID says it
 * left off. The upstream is opened first, so a service that is down or refuses is an ordinary error
 * answer; then the stream is the browser's until either side ends it: the browser leaving aborts the
 * upstream, and the upstream ending ends the browser's stream (EventSource reconnects by itself).
 */
export async function relayEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  service: ServiceClient,
  path: string,
  options: RelayOptions = {},
): Promise<void> {
  const upstreamAbort = new AbortController();
  const browserLeft = () => upstreamAbort.abort();
  // From the start: a browser that leaves while the upstream is still opening must not leave it open.
  reply.raw.once('close', browserLeft);
  const lastEventId = resumeFrom(request);
  const upstream = await service.stream(path, {
    correlationId: request.id,
    query: options.query,
    headers: lastEventId !== undefined ? { 'last-event-id': lastEventId } : {},
    signal: upstreamAbort.signal,
  });
  const browser = openEventStream(request, reply);
  browser.onClose(browserLeft);
  const parse = createEventStreamParser();
  const decoder = new TextDecoder();
  try {
    for await (const chunk of upstream) {
      for (const event of parse(decoder.decode(chunk, { stream: true }))) {
        const relayed = options.filter ? options.filter(event) : event;
        if (relayed) browser.send(relayed);
      }
    }
  } catch (error) {
    if (!upstreamAbort.signal.aborted) request.log.warn({ err: error }, 'upstream event stream failed; the browser will reconnect');
  } finally {
    browser.close();
  }
}

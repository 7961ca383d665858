import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { signInThroughEdge, type BrowserSession } from './testing/browser-session';
import { startEdgeWithIdentity, type EdgeWithIdentity } from './testing/edge-with-identity';

/** A BFF's server-sent events: one at once, one after 12 s of silence, the last at 16 s. */
function liveEvents(app: HttpApp): void {
  app.get('/kitchen/live', (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    reply.raw.write('data: first\n\n');
    const quiet = setTimeout(() => reply.raw.write('data: after a quiet spell\n\n'), 12_000);
    const last = setTimeout(() => reply.raw.end('data: last\n\n'), 16_000);
    request.raw.on('close', () => {
      clearTimeout(quiet);
      clearTimeout(last);
    });
  });
  app.get('/kitchen/slow', async () => {
    await sleep(11_000);
    return { late: true };
  });
}

let tiffin: EdgeWithIdentity;
let staff: BrowserSession;
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([liveEvents]);
  staff = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.bombayStaff);
});
afterAll(() => tiffin?.stop());

/** Each event's data and how long after the request it arrived. */
async function readEvents(response: Response, started: number): Promise<{ data: string; atMs: number }[]> {
  const events: { data: string; atMs: number }[] = [];
  const decoder = new TextDecoder();
  let buffered = '';
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffered += decoder.decode(read.value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      events.push({ data: buffered.slice(0, end).replace(/^data: /, ''), atMs: performance.now() - started });
      buffered = buffered.slice(end + 2);
    }
  }
  return events;
}

describe('long-lived streams through the edge', () => {
  it('keeps a BFF’s /live stream open past 15 s, quiet spells included, while other calls keep the 10 s timeout', { timeout: 40_000 }, async () => {
    const started = performance.now();
    const [events, slow] = await Promise.all([
      fetch(`${tiffin.edgeUrl}/bff/catalog/kitchen/live`, { headers: { cookie: staff.cookie, accept: 'text/event-stream' } }).then((response) => {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/event-stream');
        return readEvents(response, started);
      }),
      fetch(`${tiffin.edgeUrl}/bff/catalog/kitchen/slow`, { headers: { cookie: staff.cookie } }),
    ]);
    expect(events.map((event) => event.data)).toEqual(['first', 'after a quiet spell', 'last']);
    // Each arrived when it was sent, not all at the end.
    expect(events[0]!.atMs).toBeLessThan(3_000);
    expect(events[1]!.atMs).toBeGreaterThan(11_000);
    expect(events[2]!.atMs).toBeGreaterThan(15_000);

    expect(slow.status).toBe(504);
    expect(problem.parse(await slow.json()).message).toBe("We can't reach the restaurants right now. Please try again in a moment.");
  });
});

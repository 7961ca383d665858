import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { signInThroughEdge, type BrowserSession } from './testing/browser-session';
import { startEdgeWithIdentity, type EdgeWithIdentity } from './testing/edge-with-identity';

/** How long the test's edge lets a BFF call take (10 s in production): the one wait of this test. */
const edgeTimeoutMs = 300;

/** The test says when the BFF's stream goes on after its first event, and when its slow route answers. */
let endQuietSpell = () => {};
let answerSlowCall = () => {};

/** A BFF's server-sent events, quiet after the first until the test ends the quiet spell; a call that hangs. */
function liveEvents(app: HttpApp): void {
  app.get('/kitchen/live', (_request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    reply.raw.write('data: first\n\n');
    endQuietSpell = () => {
      reply.raw.write('data: after a quiet spell\n\n');
      reply.raw.end('data: last\n\n');
    };
  });
  app.get('/kitchen/slow', async () => {
    await new Promise<void>((resolve) => (answerSlowCall = resolve));
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

/** Each event's data, as it arrives. */
async function* eventsOf(response: Response): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffered = '';
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffered += decoder.decode(read.value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      yield buffered.slice(0, end).replace(/^data: /, '');
      buffered = buffered.slice(end + 2);
    }
  }
}

describe('long-lived streams through the edge', () => {
  it('keeps a BFF’s /live stream open through a quiet spell longer than the edge’s timeout, while other calls keep the timeout', async () => {
    const edgeUrl = await tiffin.anotherEdge({ bffTimeoutMs: edgeTimeoutMs });
    const live = await fetch(`${edgeUrl}/bff/catalog/kitchen/live`, { headers: { cookie: staff.cookie, accept: 'text/event-stream' } });
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toBe('text/event-stream');
    const events = eventsOf(live);
    // Passed on when it was sent, not held until the stream ends.
    expect((await events.next()).value).toBe('first');

    // Sent once the stream has fallen quiet, and given up on after the edge's timeout: when it answers
    // 504, the stream has been quiet for longer than that.
    const slow = await fetch(`${edgeUrl}/bff/catalog/kitchen/slow`, { headers: { cookie: staff.cookie } });
    expect(slow.status).toBe(504);
    expect(problem.parse(await slow.json()).message).toBe("We can't reach the restaurants right now. Please try again in a moment.");
    answerSlowCall();

    endQuietSpell();
    const rest: string[] = [];
    for await (const data of events) rest.push(data);
    expect(rest).toEqual(['after a quiet spell', 'last']);
  });
});

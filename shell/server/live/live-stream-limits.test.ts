import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { problem } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { openEventStream, type EventStream, type HttpApp } from '@tiffin/http-kit';
import { listenToEventStream, type EventStreamListener } from '@tiffin/http-kit/testing';
import { signInThroughEdge, type BrowserSession } from '../testing/browser-session';
import { startEdgeWithIdentity, type EdgeWithIdentity } from '../testing/edge-with-identity';

/** Streams the BFF holds open now: an edge that ends a stream must end the BFF's too. */
const atBff = new Set<EventStream>();
function liveEvents(app: HttpApp): void {
  app.get('/kitchen/live', (request, reply) => {
    const stream = openEventStream(request, reply);
    atBff.add(stream);
    stream.onClose(() => atBff.delete(stream));
    stream.send({ data: 'hello' });
  });
}
/** An event to every stream the BFF holds, so a test can see which ones still reach a browser. */
const broadcast = (data: string) => {
  for (const stream of atBff) stream.send({ data });
};

let tiffin: EdgeWithIdentity;
/** An edge allowing 3 streams per session and 5 in all. */
let edgeUrl: string;
const limits = { TIFFIN_LIVE_STREAMS_PER_SESSION: '3', TIFFIN_LIVE_STREAMS_PER_EDGE: '5' };
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([liveEvents]);
  edgeUrl = await tiffin.anotherEdge({}, limits);
});
afterAll(() => tiffin?.stop());

const opened: EventStreamListener[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const stream of opened.splice(0)) stream.drop();
  await vi.waitFor(() => expect(atBff.size).toBe(0));
});

async function live(who: BrowserSession, at = edgeUrl): Promise<EventStreamListener> {
  const stream = await listenToEventStream(`${at}/bff/catalog/kitchen/live`, { cookie: who.cookie });
  opened.push(stream);
  return stream;
}
const hello = (stream: EventStreamListener) => stream.waitFor((event) => event.data === 'hello');

describe('live streams through the edge: fair use', () => {
  it('lets one session hold 3 streams at once and refuses the 4th with a 429 naming the limit', async () => {
    const staff = await signInThroughEdge(edgeUrl, demoAccounts.bombayStaff);
    const three = await Promise.all([live(staff), live(staff), live(staff)]);
    for (const stream of three) await hello(stream);
    const fourth = await live(staff);
    expect(fourth.status).toBe(429);
    expect(fourth.headers['retry-after']).toBe('5');
    expect(problem.parse(JSON.parse(await fourth.text())).message).toBe(
      'at most 3 live updates may be open at once for one sign-in: close another Tiffin tab or window',
    );
    // A stream closed frees its place.
    three[0]!.drop();
    await three[0]!.ended;
    await vi.waitFor(async () => expect((await live(staff)).status).toBe(200));
  });

  it('refuses streams beyond the edge’s limit of 5, whoever asks, with a 429 naming it', async () => {
    const [staff, lotus] = await Promise.all([signInThroughEdge(edgeUrl, demoAccounts.bombayStaff), signInThroughEdge(edgeUrl, demoAccounts.lotusStaff)]);
    for (const stream of await Promise.all([live(staff), live(staff), live(staff), live(lotus), live(lotus)])) await hello(stream);
    const sixth = await live(lotus);
    expect(sixth.status).toBe(429);
    expect(problem.parse(JSON.parse(await sixth.text())).message).toBe('this Tiffin server is carrying its limit of 5 live updates; try again in a moment');
  });

  it('ends a session’s streams the moment it signs out, here and at the BFF, and nobody else’s', async () => {
    const [leaving, staying] = await Promise.all([signInThroughEdge(edgeUrl, demoAccounts.mezzeStaff), signInThroughEdge(edgeUrl, demoAccounts.sakuraStaff)]);
    const mine = await Promise.all([live(leaving), live(leaving)]);
    const theirs = await live(staying);
    for (const stream of [...mine, theirs]) await hello(stream);

    const signedOutAt = performance.now();
    expect((await fetch(`${edgeUrl}/auth/sign-out`, { method: 'POST', headers: leaving.headers })).status).toBe(204);
    await Promise.all(mine.map((stream) => stream.ended));
    expect(performance.now() - signedOutAt).toBeLessThan(1_000);
    await vi.waitFor(() => expect(atBff.size).toBe(1));
    // The other session's stream is still served, and the signed-out one cannot open another.
    broadcast('still here');
    await theirs.waitFor((event) => event.data === 'still here');
    expect((await live(leaving)).status).toBe(401);
  });

  it('ends a stream on this edge within a second of its session signing out through another edge', async () => {
    // Only the edge's session check runs on fake time: sockets keep their real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const watching = await tiffin.anotherEdge({}, limits);
    const elsewhere = tiffin.edgeUrl;
    const who = await signInThroughEdge(elsewhere, demoAccounts.trattoriaStaff);
    const stream = await live(who, watching);
    await hello(stream);
    expect((await fetch(`${elsewhere}/auth/sign-out`, { method: 'POST', headers: who.headers })).status).toBe(204);
    vi.advanceTimersByTime(1_000);
    await stream.ended;
    await vi.waitFor(() => expect(atBff.size).toBe(0));
  });
});

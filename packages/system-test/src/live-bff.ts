import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Message } from '@tiffin/messages';
import type { HttpApp } from '@tiffin/http-kit';
import { listenToEventStream, type EventStreamListener } from '@tiffin/http-kit/testing';
import { startBackend } from './backend';

/**
 * A BFF's `/live` tests against a real order-history service: starts order-history and the BFF that
 * `buildBff` builds on its URL, listening on a free port; drops the streams a test opened after it,
 * and stops both after the file. Read the fields inside tests (they are set in beforeAll).
 */
export function liveBffUnderTest(buildBff: (historyUrl: string) => HttpApp | Promise<HttpApp>) {
  const fixture = {
    backend: undefined as unknown as Awaited<ReturnType<typeof startBackend<'order-history'>>>,
    app: undefined as unknown as HttpApp,
    bffUrl: '',
    /** Published one after another, in order. */
    async publish(...messages: Message[]) {
      for (const message of messages) await fixture.backend.broker.publish(message);
    },
    /** Opens `/live` with these headers; the stream is dropped after the test. */
    async live(headers: Record<string, string>, query = '') {
      const stream = await listenToEventStream(`${fixture.bffUrl}/live${query}`, headers);
      streams.push(stream);
      return stream;
    },
  };
  const streams: EventStreamListener[] = [];

  beforeAll(async () => {
    fixture.backend = await startBackend(['order-history']);
    fixture.app = await buildBff(fixture.backend.urls['order-history']);
    fixture.bffUrl = await fixture.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.drop();
  });
  afterAll(async () => {
    await fixture.app.close();
    await fixture.backend.stop();
  });
  return fixture;
}

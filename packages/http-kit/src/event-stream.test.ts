import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, type HttpApp } from './app';
import { openEventStream } from './event-stream';
import { listenToEventStream } from './test-event-stream';
import { memoryLogger } from './test-logger';

let app: HttpApp;
let base: string;
beforeAll(async () => {
  app = createHttpApp({ name: 'order', logger: memoryLogger().logger });
  app.get('/live', (request, reply) => {
    openEventStream(request, reply).send({ id: '1', data: 'first' });
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

describe('openEventStream', () => {
  it('keeps a GET open, events coming as they are sent', async () => {
    const stream = await listenToEventStream(`${base}/live`);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect((await stream.waitFor((event) => event.id === '1')).data).toBe('first');
    stream.drop();
  });

  it('answers a HEAD with the headers a GET would get, and ends it at once instead of hanging', async () => {
    const response = await fetch(`${base}/live`, { method: 'HEAD', signal: AbortSignal.timeout(2_000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});

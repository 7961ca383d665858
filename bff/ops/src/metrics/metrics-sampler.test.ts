import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMetricsSampler } from './metrics-sampler';

/** A part's /metrics that counts what it was asked with, and whose handled-messages counter the test moves. */
async function fakePart(): Promise<{ url: string; handled: { total: number }; tokens: string[]; close(): Promise<void> }> {
  const handled = { total: 0 };
  const tokens: string[] = [];
  const server: Server = createServer((request, response) => {
    tokens.push(request.headers.authorization ?? '');
    response.setHeader('content-type', 'text/plain; version=0.0.4');
    response.end(
      [
        '# HELP tiffin_messages_handled_total Messages handled',
        '# TYPE tiffin_messages_handled_total counter',
        `tiffin_messages_handled_total{consumer="order.create-order-saga",type="CardAuthorized"} ${handled.total}`,
        '# HELP tiffin_outbox_lag_seconds Age of the oldest outbox row',
        '# TYPE tiffin_outbox_lag_seconds gauge',
        'tiffin_outbox_lag_seconds 0.25',
        '',
      ].join('\n'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, handled, tokens, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Lets the scrape's real I/O finish without moving the fake clock (setImmediate is left real). */
async function until(done: () => boolean): Promise<void> {
  for (let turns = 0; !done(); turns++) {
    if (turns > 10_000) throw new Error('the scrape never finished');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the overview’s metrics sampler', () => {
  let part: Awaited<ReturnType<typeof fakePart>>;
  beforeEach(async () => {
    part = await fakePart();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await part.close();
  });

  it('scrapes with the metrics token, turns counters into rates, and keeps 15 minutes only', async () => {
    const sampler = startMetricsSampler({ parts: [{ name: 'order', kind: 'service', url: part.url }], token: () => 'the-token', intervalMs: 15_000 });
    const samples = () => sampler.history().parts[0]!.samples;
    await until(() => samples().length === 1);
    expect(samples()[0]).toMatchObject({ up: true, outboxLagSeconds: 0.25, messagesPerSecond: null, brokerConnected: null });

    for (let scrape = 1; scrape <= 70; scrape++) {
      part.handled.total += 30;
      await vi.advanceTimersByTimeAsync(15_000);
      await until(() => samples().at(-1)!.at === new Date(Date.now()).toISOString());
    }
    // 15 minutes at one sample every 15 s, the edges of the window included.
    expect(samples()).toHaveLength(61);
    expect(Date.parse(samples()[0]!.at)).toBe(Date.now() - 15 * 60_000);
    expect(samples().at(-1)!.messagesPerSecond).toBe(2);
    expect(new Set(part.tokens)).toEqual(new Set(['Bearer the-token']));
    sampler.stop();
  });

  it('shows a part that does not answer as down, and its rate again only from its second answer', async () => {
    await part.close();
    const sampler = startMetricsSampler({ parts: [{ name: 'order', kind: 'service', url: part.url }], token: () => 'the-token' });
    await until(() => sampler.history().parts[0]!.samples.length === 1);
    expect(sampler.history().parts[0]!.samples[0]).toMatchObject({ up: false, outboxLagSeconds: null, messagesPerSecond: null });
    sampler.stop();
    part = await fakePart();
  });
});

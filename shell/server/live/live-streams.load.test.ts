import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp as buildOrderBff } from '@tiffin/order-bff';
import { problem } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { listenToEventStream, testIdentitySecret, type EventStreamListener } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildEdge } from '../edge-app';
import { signInThroughEdge, type BrowserSession } from '../testing/browser-session';

/**
 * One customer opening 300 live streams of the order BFF (`GET /bff/order/live`, relayed to the
 * order-history service) must not slow anyone else down, and signing out must end them all.
 */
const logger = pino({ level: 'silent' });
let backend: Awaited<ReturnType<typeof startBackend<'order-history' | 'identity'>>>;
let orderBff: FastifyInstance;
let distDir: string;
const edges: FastifyInstance[] = [];

async function startEdge(env: NodeJS.ProcessEnv = {}): Promise<string> {
  const edge = await buildEdge({
    logger,
    distDir,
    env: {
      TIFFIN_ORDER_BFF_URL: await orderBffUrl,
      TIFFIN_IDENTITY_SERVICE_URL: backend.urls.identity,
      TIFFIN_IDENTITY_SECRET: testIdentitySecret,
      TIFFIN_SLICE_STORE_DIR: path.join(distDir, 'slices'),
      ...env,
    },
  });
  edges.push(edge);
  return edge.listen({ port: 0, host: '127.0.0.1' });
}
let orderBffUrl: Promise<string>;

beforeAll(async () => {
  backend = await startBackend(['order-history', 'identity']);
  orderBff = buildOrderBff({ logger, identitySecret: testIdentitySecret, env: { TIFFIN_ORDER_HISTORY_SERVICE_URL: backend.urls['order-history'] } });
  orderBffUrl = orderBff.listen({ port: 0, host: '127.0.0.1' });
  distDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-live-load-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Tiffin</title>');
});
afterAll(async () => {
  await Promise.all(edges.map((edge) => edge.close()));
  await orderBff?.close();
  await backend?.stop();
  await rm(distDir, { recursive: true, force: true });
});

const opened: EventStreamListener[] = [];
afterEach(() => {
  for (const stream of opened.splice(0)) stream.drop();
});

async function openStreams(edgeUrl: string, who: BrowserSession, count: number): Promise<EventStreamListener[]> {
  const streams = await Promise.all(Array.from({ length: count }, () => listenToEventStream(`${edgeUrl}/bff/order/live`, { cookie: who.cookie })));
  opened.push(...streams);
  return streams;
}

/** Another customer reading their orders 100 times, one after another: the 99th percentile of the times, in ms. */
async function othersP99(edgeUrl: string, other: BrowserSession): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    const started = performance.now();
    // Bounded, so a customer stuck behind the streams fails the test at once rather than waiting for the edge's 10 s.
    const response = await fetch(`${edgeUrl}/bff/order/orders`, { headers: other.headers, signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[98]!;
}

async function signOutEnds(edgeUrl: string, who: BrowserSession, streams: EventStreamListener[]): Promise<number> {
  const started = performance.now();
  expect((await fetch(`${edgeUrl}/auth/sign-out`, { method: 'POST', headers: who.headers })).status).toBe(204);
  await Promise.all(streams.map((stream) => stream.ended));
  return performance.now() - started;
}

describe('one session opening 300 live streams', () => {
  it('gets 8 of them, each other one a 429 naming the limit; another customer keeps p99 ≤ 500 ms; signing out ends the 8 within a second', async () => {
    const edgeUrl = await startEdge();
    const [asha, leo] = await Promise.all([signInThroughEdge(edgeUrl, demoAccounts.asha), signInThroughEdge(edgeUrl, demoAccounts.leo)]);
    const streams = await openStreams(edgeUrl, asha, 300);
    const open = streams.filter((stream) => stream.status === 200);
    const refused = streams.filter((stream) => stream.status === 429);
    expect([open.length, refused.length]).toEqual([8, 292]);
    expect(problem.parse(JSON.parse(await refused[0]!.text())).message).toBe(
      'at most 8 live updates may be open at once for one sign-in: close another Tiffin tab or window',
    );

    const p99 = await othersP99(edgeUrl, leo);
    expect(p99, `p99 ${p99.toFixed(0)} ms`).toBeLessThanOrEqual(500);
    const ended = await signOutEnds(edgeUrl, asha, open);
    expect(ended, `ended in ${ended.toFixed(0)} ms`).toBeLessThan(1_000);
  });

  it('with the cap raised to let all 300 open, still leaves another customer p99 ≤ 500 ms: streams never take the connections other calls use', async () => {
    const edgeUrl = await startEdge({ TIFFIN_LIVE_STREAMS_PER_SESSION: '300' });
    const [asha, leo] = await Promise.all([signInThroughEdge(edgeUrl, demoAccounts.asha), signInThroughEdge(edgeUrl, demoAccounts.leo)]);
    const streams = await openStreams(edgeUrl, asha, 300);
    // Each 200 is relayed all the way: the BFF answers only once its order-history stream is open.
    expect(streams.filter((stream) => stream.status === 200).length).toBe(300);

    const p99 = await othersP99(edgeUrl, leo);
    expect(p99, `p99 ${p99.toFixed(0)} ms`).toBeLessThanOrEqual(500);
    const ended = await signOutEnds(edgeUrl, asha, streams);
    expect(ended, `ended in ${ended.toFixed(0)} ms`).toBeLessThan(1_000);
  });
});

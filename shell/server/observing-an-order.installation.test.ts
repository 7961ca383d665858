import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { guestCustomer, idempotencyHeader, orderAccepted, sagaDetail } from '@tiffin/contracts';
import { composedTrace, metricsHistory, type WaterfallSpan } from '@tiffin/contracts/ops-telemetry';
import { demoAccounts } from '@tiffin/demo-accounts';
import type { HttpApp } from '@tiffin/http-kit';
import { asOperator, testIdentitySecret } from '@tiffin/http-kit/testing';
import { buildApp as buildOpsBff } from '@tiffin/ops-bff';
import { buildApp as buildOrderBff } from '@tiffin/order-bff';
import { eventually } from '@tiffin/service-kit/testing';
import { parsePrometheusText, samplesIn, sampleSum, type Sample } from '@tiffin/telemetry';
import { startBackend } from '@tiffin/system-test';
import { envNameOf, serviceNames } from '@tiffin/topology';
import { buildEdge } from './edge-app';
import { signInThroughEdge } from './testing/browser-session';

const bombay = 'b686c77f-79ac-460e-94fb-2bb19b8ed16d';
/** Every part reads the same token, as in an installation where TIFFIN_METRICS_TOKEN is set. */
const metricsToken = 'a-metrics-token-for-this-test-only-0123456789';

/**
 * One order placed as the browser places it (through the edge, the order BFF and the order service),
 * with every service running, then read back by an operator from the ops BFF as one trace.
 */
describe('one order observed by an operator across every process', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let orderBff: HttpApp;
  let edge: FastifyInstance;
  let ops: HttpApp;
  let edgeUrl: string;
  let distDir: string;

  beforeAll(async () => {
    const logger = pino({ level: 'silent' });
    vi.stubEnv('TIFFIN_METRICS_TOKEN', metricsToken);
    backend = await startBackend(serviceNames);
    const services = Object.fromEntries(serviceNames.map((name) => [`TIFFIN_${envNameOf(name)}_SERVICE_URL`, backend.urls[name]]));
    orderBff = buildOrderBff({ logger, identitySecret: testIdentitySecret, env: { ...services, TIFFIN_METRICS_TOKEN: metricsToken } });
    const orderBffUrl = await orderBff.listen({ port: 0, host: '127.0.0.1' });
    distDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-trace-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Tiffin</title>');
    const parts = {
      ...services,
      TIFFIN_ORDER_BFF_URL: orderBffUrl,
      TIFFIN_IDENTITY_SECRET: testIdentitySecret,
      TIFFIN_METRICS_TOKEN: metricsToken,
      TIFFIN_SLICE_STORE_DIR: path.join(distDir, 'slices'),
    };
    edge = await buildEdge({ logger, distDir, env: parts });
    edgeUrl = await edge.listen({ port: 0, host: '127.0.0.1' });
    ops = buildOpsBff({ logger, identitySecret: testIdentitySecret, env: { ...parts, TIFFIN_EDGE_URL: edgeUrl } });
  }, 150_000);
  afterAll(async () => {
    await ops?.close();
    await edge?.close();
    await orderBff?.close();
    await backend?.stop();
    if (distDir) await rm(distDir, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  /** A part's /metrics as an operator reads it, parsed as Prometheus text. */
  async function metricsOf(url: string): Promise<Sample[]> {
    const response = await fetch(`${url}/metrics`, { headers: asOperator() });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(parsePrometheusText(text).length).toBeGreaterThan(0);
    return samplesIn(text);
  }

  const approved = (orderId: string) =>
    eventually('the order approved', async () => {
      const detail = sagaDetail.parse((await ops.inject({ method: 'GET', url: `/sagas/${orderId}`, headers: asOperator() })).json());
      return detail.state === 'succeeded' ? detail : undefined;
    }, 30_000);

  /** What the order slice sends with its call: a traceparent of the browser's own (slice-kit's BFF client). */
  const browserSpan = { traceId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', spanId: 'b0b1b2b3b4b5b6b7' };

  async function placeOrderThroughTheEdge(): Promise<string> {
    const session = await signInThroughEdge(edgeUrl, demoAccounts.guest);
    const menu = (await (await fetch(`${backend.urls.catalog}/restaurants/${bombay}`)).json()) as { menu: { id: string }[] };
    const response = await fetch(`${edgeUrl}/bff/order/orders`, {
      method: 'POST',
      headers: {
        ...session.headers,
        'content-type': 'application/json',
        [idempotencyHeader]: crypto.randomUUID(),
        traceparent: `00-${browserSpan.traceId}-${browserSpan.spanId}-01`,
      },
      body: JSON.stringify({ restaurantId: bombay, cardId: guestCustomer.cards.everyday, deliveryAddress: '77 Hudson St, Jersey City', lines: [{ menuItemId: menu.menu[0]!.id, quantity: 1 }] }),
    });
    expect(response.status).toBe(202);
    return orderAccepted.parse(await response.json()).orderId;
  }

  it('links the spans of the edge, the order BFF, the order service and every participant into one tree, replies included', async () => {
    const saga = await approved(await placeOrderThroughTheEdge());
    // The trace the browser's request began.
    expect(saga.traceId).toBe(browserSpan.traceId);

    // The last reply's span ends after the saga committed; read until the approval's consumers are in.
    const trace = await eventually('the approval’s consumers in the trace', async () => {
      const composed = composedTrace.parse((await ops.inject({ method: 'GET', url: `/traces/${saga.traceId}`, headers: asOperator() })).json());
      return composed.spans.some((span) => span.name === 'process OrderApproved' && span.part === 'delivery') ? composed : undefined;
    });

    const parts = new Set(trace.spans.map((span) => span.part));
    expect([...parts].sort()).toEqual(expect.arrayContaining(['accounting', 'catalog', 'consumer', 'edge', 'kitchen', 'order', 'order-bff']));
    expect(parts.size).toBeGreaterThanOrEqual(5);
    // One tree: only the edge's span starts it (the child of the browser's span, which no process
    // records), and every other span's parent is in the trace.
    expect(trace.spans.filter((span) => span.depth === 0).map((span) => [span.part, span.name, span.parentSpanId])).toEqual([['edge', 'POST /bff/order/*', browserSpan.spanId]]);
    expect(trace.spans.filter((span) => span.orphan).map((span) => span.part)).toEqual(['edge']);

    const byId = new Map(trace.spans.map((span) => [span.spanId, span]));
    const parentOf = (span: WaterfallSpan) => byId.get(span.parentSpanId!)!;
    const one = (part: string, name: string) => {
      const found = trace.spans.filter((span) => span.part === part && span.name === name);
      expect(found, `${part}: ${name}`).toHaveLength(1);
      return found[0]!;
    };
    const bff = one('order-bff', 'POST /orders');
    expect(parentOf(bff).part).toBe('edge');
    const placed = one('order', 'POST /orders');
    expect(parentOf(placed)).toBe(bff);
    const sent = one('order', 'send ValidateConsumer');
    expect(parentOf(sent)).toBe(placed);
    const validated = one('consumer', 'process ValidateConsumer');
    expect(parentOf(validated)).toBe(sent);
    const reply = one('consumer', 'send ConsumerValidated');
    expect(parentOf(reply)).toBe(validated);
    expect(parentOf(one('order', 'process ConsumerValidated'))).toBe(reply);
    // Further down: the saga's later commands continue from the replies that moved it on.
    expect(parentOf(parentOf(one('kitchen', 'process CreateTicket'))).part).toBe('order');
    expect(parentOf(one('accounting', 'process AuthorizeCard')).name).toBe('send AuthorizeCard');
    expect(trace.parts.filter((part) => part.problem === null).map((part) => part.part)).toEqual(expect.arrayContaining(['edge', 'order-bff', 'order']));
  }, 60_000);

  it('counts what the order moved in every part’s /metrics, and the overview samples them', async () => {
    const [orderBefore, edgeBefore] = await Promise.all([metricsOf(backend.urls.order), metricsOf(edgeUrl)]);
    await approved(await placeOrderThroughTheEdge());
    const [order, edgeAfter, kitchen] = await Promise.all([metricsOf(backend.urls.order), metricsOf(edgeUrl), metricsOf(backend.urls.kitchen)]);

    const moved = (before: Sample[], after: Sample[], name: string, where: Record<string, string> = {}) => (sampleSum(after, name, where) ?? 0) - (sampleSum(before, name, where) ?? 0);
    expect(moved(orderBefore, order, 'http_server_request_duration_seconds_count', { method: 'POST', route: '/orders', status_code: '202' })).toBe(1);
    // The create-order saga's five replies, and the seven messages the order service sent for it.
    expect(moved(orderBefore, order, 'tiffin_messages_handled_total', { consumer: 'order.create-order-saga' })).toBeGreaterThanOrEqual(5);
    expect(moved(orderBefore, order, 'tiffin_messages_published_total')).toBeGreaterThanOrEqual(7);
    expect(moved(orderBefore, order, 'tiffin_sagas', { type: 'create-order', state: 'succeeded' })).toBe(1);
    expect(moved(edgeBefore, edgeAfter, 'http_server_request_duration_seconds_count', { method: 'POST', status_code: '202' })).toBe(1);
    expect(sampleSum(kitchen, 'tiffin_messages_handled_total', { type: 'CreateTicket' })).toBeGreaterThanOrEqual(1);
    expect(sampleSum(order, 'tiffin_broker_connected')).toBe(1);
    expect(sampleSum(order, 'tiffin_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(order.filter((sample) => sample.name === 'tiffin_consumer_messages_waiting').map((sample) => sample.labels.consumer)).toContain('order.create-order-saga');
    expect(sampleSum(order, 'tiffin_messages_failed_total') ?? 0).toBe(0);

    await ops.ready();
    const history = await eventually('a first sample of every part', async () => {
      const read = metricsHistory.parse((await ops.inject({ method: 'GET', url: '/overview/metrics', headers: asOperator() })).json());
      return read.parts.every((part) => part.samples.length > 0) ? read : undefined;
    });
    const last = (name: string) => history.parts.find((part) => part.name === name)!.samples.at(-1)!;
    expect(last('order')).toMatchObject({ up: true, brokerConnected: true, waitingMessages: expect.any(Number), outboxLagSeconds: expect.any(Number) });
    expect(last('edge')).toMatchObject({ up: true, brokerConnected: null });
    expect(last('order-bff').up).toBe(true);
    // Not started here: the parts a test leaves out are down in the overview, not missing from it.
    expect(last('catalog-bff').up).toBe(false);
  }, 60_000);
});

import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partTrace } from '@tiffin/contracts/traces';
import { createTelemetry, parsePrometheusText, samplesIn, sampleSum } from '@tiffin/telemetry';
import { defineBff } from '../bff';
import { asOperator, signedInAs, testIdentitySecret } from '../testing';
import type { HttpApp } from '../app';

const metricsToken = 'the-installation-metrics-token-0123456789';
const customer = signedInAs({ role: 'customer', accountId: '3c2b1a09-8f7e-4d6c-9b5a-493827161504', displayName: 'Asha', email: 'asha@tiffin.test', consumerId: '3c2b1a09-8f7e-4d6c-9b5a-493827161504' });

describe('a BFF’s telemetry', () => {
  const telemetry = createTelemetry({ part: 'catalog-bff', env: {} });
  let app: HttpApp;
  beforeAll(async () => {
    app = defineBff({ name: 'catalog', routes: [(bff) => void bff.get('/restaurants', async () => ({ restaurants: [] }))] })({
      identitySecret: testIdentitySecret,
      env: { TIFFIN_METRICS_TOKEN: metricsToken },
      telemetry,
    });
    await app.ready();
  });
  afterAll(() => app?.close());

  it('records a server span per request, the child of the caller’s traceparent, and reads it back to an operator', async () => {
    const caller = telemetry.tracer.startSpan('edge');
    const { traceId, spanId } = caller.spanContext();
    caller.end();
    const traceparent = `00-${traceId}-${spanId}-01`;
    expect((await app.inject({ method: 'GET', url: '/restaurants', headers: { ...customer, traceparent } })).statusCode).toBe(200);

    const read = await app.inject({ method: 'GET', url: `/admin/traces/${traceId}`, headers: asOperator() });
    const { spans } = partTrace.parse(read.json());
    expect(spans.find((span) => span.kind === 'server')).toMatchObject({ name: 'GET /restaurants', parentSpanId: spanId, part: 'catalog-bff' });
    expect(spans.find((span) => span.kind === 'server')?.attributes).toContainEqual({ key: 'http.response.status_code', value: '200' });
  });

  it('keeps the active span through the route’s handler, so what it calls joins the trace', async () => {
    let seen: string | undefined;
    const traced = defineBff({ name: 'catalog', routes: [(bff) => void bff.post('/cart', async () => ({ seen: (seen = trace.getActiveSpan()?.spanContext().traceId) }))] })({
      identitySecret: testIdentitySecret,
      env: {},
      telemetry,
    });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await traced.inject({ method: 'POST', url: '/cart', payload: { dish: 'dal' }, headers: { ...customer, traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    await traced.close();
    expect(seen).toBe(traceId);
  });

  it('serves Prometheus text whose request histogram counts the requests by route template', async () => {
    await app.inject({ method: 'GET', url: '/restaurants', headers: customer });
    const response = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(parsePrometheusText(response.body).find((family) => family.name === 'http_server_request_duration_seconds')?.type).toBe('HISTOGRAM');
    const counted = sampleSum(samplesIn(response.body), 'http_server_request_duration_seconds_count', { route: '/restaurants', method: 'GET', status_code: '200' });
    expect(counted).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['nobody signed in', {}],
    ['a customer', customer],
    ['a forged operator', asOperator('not-the-installation-secret-0123456789')],
    ['a wrong metrics token', { authorization: `Bearer ${metricsToken.replace('0', '1')}` }],
  ])('refuses %s the metrics and the traces', async (_who, headers) => {
    for (const url of ['/metrics', '/admin/traces/4bf92f3577b34da6a3ce929d0e0e4736']) {
      expect([401, 403], url).toContain((await app.inject({ method: 'GET', url, headers })).statusCode);
    }
  });

  it('lets the metrics token read the metrics only, never the traces', async () => {
    const headers = { authorization: `Bearer ${metricsToken}` };
    expect((await app.inject({ method: 'GET', url: '/metrics', headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/admin/traces/4bf92f3577b34da6a3ce929d0e0e4736', headers })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: asOperator() })).statusCode).toBe(200);
  });
});

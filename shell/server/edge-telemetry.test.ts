import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partTrace } from '@tiffin/contracts/traces';
import { demoAccounts } from '@tiffin/demo-accounts';
import { asOperator } from '@tiffin/http-kit/testing';
import { samplesIn, sampleSum } from '@tiffin/telemetry';
import { signInThroughEdge, type BrowserSession } from './testing/browser-session';
import { startEdgeWithIdentity, type EdgeWithIdentity } from './testing/edge-with-identity';

let tiffin: EdgeWithIdentity;
let customer: BrowserSession;
beforeAll(async () => {
  tiffin = await startEdgeWithIdentity([
    (app) => void app.get('/restaurants', async () => ({ restaurants: [] })),
    (app) => void app.get('/trace-headers', async (request) => ({ traceparent: request.headers.traceparent ?? null, tracestate: request.headers.tracestate ?? null })),
  ]);
  customer = await signInThroughEdge(tiffin.edgeUrl, demoAccounts.asha);
});
afterAll(() => tiffin?.stop());

describe('the edge’s own telemetry', () => {
  it('traces a proxied call, continuing the browser’s trace, and shows it to an operator', async () => {
    const browser = { traceId: 'c0ffee00c0ffee00c0ffee00c0ffee00', spanId: 'feedfacefeedface' };
    const called = await fetch(`${tiffin.edgeUrl}/bff/catalog/restaurants`, { headers: { cookie: customer.cookie, traceparent: `00-${browser.traceId}-${browser.spanId}-01` } });
    expect(called.status).toBe(200);
    const { spans } = partTrace.parse(await (await fetch(`${tiffin.edgeUrl}/admin/traces/${browser.traceId}`, { headers: asOperator() })).json());
    expect(spans.map((span) => [span.part, span.kind, span.parentSpanId])).toEqual([['edge', 'server', browser.spanId]]);
    expect(spans[0]!.name).toBe('GET /bff/catalog/*');

    // The BFF hears of the edge's span, not of the browser's, nor of the browser's tracestate.
    const forwarded = await fetch(`${tiffin.edgeUrl}/bff/catalog/trace-headers`, { headers: { cookie: customer.cookie, traceparent: `00-${browser.traceId}-${browser.spanId}-01`, tracestate: 'vendor=browser-said-so' } });
    const heard = (await forwarded.json()) as { traceparent: string | null; tracestate: string | null };
    expect(heard.traceparent).toMatch(new RegExp(`^00-${browser.traceId}-[0-9a-f]{16}-01$`));
    expect(heard.traceparent).not.toContain(browser.spanId);
    expect(heard.tracestate).toBeNull();

    const metrics = await fetch(`${tiffin.edgeUrl}/metrics`, { headers: asOperator() });
    expect(sampleSum(samplesIn(await metrics.text()), 'http_server_request_duration_seconds_count', { route: '/bff/catalog/*', status_code: '200' })).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['nobody signed in', () => ({})],
    ['a signed-in customer', () => ({ cookie: customer.cookie })],
    ['a forged operator', () => asOperator('not-the-installation-secret-0123456789')],
  ])('refuses %s its traces and its metrics', async (_who, headers) => {
    for (const path of ['/metrics', '/admin/traces/c0ffee00c0ffee00c0ffee00c0ffee00']) {
      expect([401, 403], path).toContain((await fetch(`${tiffin.edgeUrl}${path}`, { headers: headers() })).status);
    }
  });
});

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
  tiffin = await startEdgeWithIdentity([(app) => void app.get('/restaurants', async () => ({ restaurants: [] }))]);
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

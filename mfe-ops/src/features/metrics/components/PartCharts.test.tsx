// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { opsOverview } from '@tiffin/contracts/ops-bff';
import { metricsHistory, type MetricsSample } from '@tiffin/contracts/ops-telemetry';
import { sagaList } from '@tiffin/contracts';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import OpsSlice from '../../../Slice';

const start = Date.parse('2026-12-01T09:00:00.000Z');
const sample = (minute: number, figures: Partial<MetricsSample>): MetricsSample => ({
  at: new Date(start + minute * 60_000).toISOString(),
  up: true,
  brokerConnected: true,
  outboxLagSeconds: 0.02,
  waitingMessages: 0,
  deadLetters: 0,
  messagesPerSecond: null,
  requestsPerSecond: null,
  ...figures,
});
const history = answer(metricsHistory, {
  intervalSeconds: 15,
  windowMinutes: 15,
  parts: [
    {
      name: 'order',
      kind: 'service',
      samples: [sample(0, { waitingMessages: 2 }), sample(1, { waitingMessages: 14, messagesPerSecond: 3.5 }), sample(2, { waitingMessages: 5, messagesPerSecond: 12 })],
    },
    {
      name: 'kitchen',
      kind: 'service',
      samples: [sample(0, {}), sample(1, { up: false, brokerConnected: null, waitingMessages: null, outboxLagSeconds: null }), sample(2, { up: false, brokerConnected: null, waitingMessages: null, outboxLagSeconds: null })],
    },
    { name: 'edge', kind: 'edge', samples: [sample(2, { brokerConnected: null, outboxLagSeconds: null, waitingMessages: null, requestsPerSecond: 40 })] },
  ],
});
// The health check, asked after the last reading, finds the order service down.
const overview = answer(opsOverview, { parts: [{ name: 'order', kind: 'service', up: false, problem: 'did not answer', brokerConnected: null }], checkedAt: '2026-12-01T09:02:10.000Z' });

describe('the overview’s charts of the last minutes', () => {
  it('charts each part’s queue depth, outbox lag and rates, says what each is now and at most, and shows who is down', async () => {
    const page = renderSlice(OpsSlice, {
      slice: 'ops',
      session: demoSession('noor'),
      bff: { 'GET /overview': overview, 'GET /overview/metrics': history, 'GET /sagas': answer(sagaList, { sagas: [], nextCursor: null }) },
    });
    await page.findByRole('list', { name: 'Parts over time' });
    const charts = (part: string) => [...page.getByRole('listitem', { name: part }).querySelectorAll('svg')];
    const labels = (part: string) => charts(part).map((chart) => chart.getAttribute('aria-label'));
    expect(labels('order')).toEqual(['Waiting: 5 now, at most 14', 'Outbox lag: 20 ms now, at most 20 ms', 'Handled: 12/s now, at most 12/s', 'Requests: not reported']);
    expect(page.getByRole('listitem', { name: 'order' }).textContent).toContain('Broker connected');
    // Three samples make one line through them, the highest at the top of the chart.
    expect(charts('order')[0]!.querySelector('polyline')?.getAttribute('points')).toBe('0,23.3 60,1 120,17.7');

    // Down as of its last reading, whose time it names: the health check does not ask the kitchen here.
    expect(page.getByRole('listitem', { name: 'kitchen' }).textContent).toMatch(/Down at \d{1,2}:\d{2}/);
    // The order service's state is the health check's, fresher than its last reading (up).
    expect(page.getByRole('listitem', { name: 'order' }).textContent).toMatch(/Down(?! at)/);
    // What a part did not report while down is a gap, not a fall to zero: its one known point stays a dot.
    expect(labels('kitchen')[0]).toBe('Waiting: not reported now, at most 0');
    expect(charts('kitchen')[0]!.querySelector('circle')).toBeTruthy();
    expect(charts('kitchen')[0]!.querySelector('polyline')).toBeNull();
    expect(labels('edge')).toEqual(['Requests: 40/s now, at most 40/s']);
  });
});

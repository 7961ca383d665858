// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sagaDetail } from '@tiffin/contracts';
import { composedTrace, type WaterfallSpan } from '@tiffin/contracts/ops-telemetry';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import OpsSlice from '../../../Slice';

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const orderId = '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
let spanNumber = 0;
function span(part: string, name: string, depth: number, offsetMs: number, durationMs: number, extra: Partial<WaterfallSpan> = {}): WaterfallSpan {
  const spanId = `00000000000000${String(spanNumber++).padStart(2, '0')}`;
  return { traceId, spanId, parentSpanId: depth === 0 ? null : 'parent', name, kind: 'server', part, startedAt: 1_764_579_600_000 + offsetMs, durationMs, status: 'unset', statusMessage: null, attributes: [], depth, offsetMs, orphan: false, ...extra };
}
const trace = answer(composedTrace, {
  traceId,
  startedAt: 1_764_579_600_000,
  durationMs: 80,
  spans: [
    span('edge', 'POST /bff/order/*', 0, 0, 30),
    span('order-bff', 'POST /orders', 1, 2, 26),
    span('order', 'POST /orders', 2, 4, 20),
    span('order', 'send ValidateConsumer', 3, 10, 6, { kind: 'producer' }),
    span('consumer', 'process ValidateConsumer', 4, 18, 9, { kind: 'consumer' }),
    span('kitchen', 'process CreateTicket', 4, 60, 20, { kind: 'consumer', status: 'error', statusMessage: 'database busy' }),
  ],
  parts: [
    { part: 'edge', spans: 1, problem: null },
    { part: 'order', spans: 2, problem: null },
    { part: 'delivery', spans: 0, problem: 'did not answer: could not be reached' },
  ],
});

describe('the operations slice’s traces', () => {
  it('draws an order’s trace as a waterfall: every process’s spans in tree order, failures marked, silent processes named', async () => {
    const page = renderSlice(OpsSlice, { slice: 'ops', path: `traces/${traceId}`, session: demoSession('noor'), bff: { [`GET /traces/${traceId}`]: trace } });
    const table = await page.findByRole('table', { name: 'Spans' });
    const rows = [...table.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual([
      'POST /bff/order/*',
      'POST /orders',
      'POST /orders',
      'send ValidateConsumer',
      'process ValidateConsumer',
      'process CreateTicket failed: database busy',
    ]);
    expect(rows.map((row) => row.cells[1]!.textContent)).toEqual(['edge', 'order-bff', 'order', 'order', 'consumer', 'kitchen']);
    // Deeper spans sit further in; each bar starts where its span started on the trace's time line.
    expect(rows[4]!.querySelectorAll('th .ops-trace-indent')).toHaveLength(4);
    expect(rows[4]!.querySelector('rect')?.getAttribute('x')).toBe('225');
    expect(rows[4]!.querySelector('rect')?.getAttribute('width')).toBe('112.5');
    expect(page.getByRole('status').textContent).toMatch(/^6 spans from 5 processes, 80 ms from first to last/);
    expect(page.getByText(/Not included: delivery \(did not answer: could not be reached\)/)).toBeTruthy();
    expect([...page.getByRole('list', { name: 'Processes' }).querySelectorAll('li')].map((item) => item.textContent)).toEqual(['edge', 'order-bff', 'order', 'consumer', 'kitchen']);
  });

  it('opens the trace of an order from its id, through the saga that remembers it', async () => {
    const saga = answer(sagaDetail, {
      id: orderId,
      type: 'create-order',
      state: 'succeeded',
      step: 'approve the order',
      awaiting: [],
      failureReason: null,
      deadlineAt: null,
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.080Z',
      durationMs: 80,
      consumerId: null,
      restaurantId: null,
      stuck: null,
      traceId,
      data: {},
      steps: [],
      compensations: [],
      errors: [],
      history: [],
    });
    const page = renderSlice(OpsSlice, { slice: 'ops', path: 'traces', session: demoSession('noor'), bff: { [`GET /sagas/${orderId}`]: saga, [`GET /traces/${traceId}`]: trace } });
    await page.user.type(await page.findByLabelText('Order id or trace id'), orderId);
    await page.user.click(page.getByRole('button', { name: 'Open trace' }));
    await page.findByRole('table', { name: 'Spans' });
    expect(page.location()).toBe(`/ops/traces/${traceId}`);
  });
});

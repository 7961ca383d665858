import { describe, expect, it } from 'vitest';
import type { TraceSpan } from '@tiffin/contracts/traces';
import { composeTrace } from './compose-trace';

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
let next = 0;
function span(part: string, name: string, parentSpanId: string | null, startedAt: number, durationMs = 5): TraceSpan {
  return { traceId, spanId: `span${String(next++).padStart(12, '0')}`, parentSpanId, name, kind: 'server', part, startedAt, durationMs, status: 'unset', statusMessage: null, attributes: [] };
}

describe('composing one trace from every part’s spans', () => {
  it('puts each span under its parent, children by start time, whichever part holds them', () => {
    const edge = span('edge', 'POST /bff/order/*', 'b0000000000000aa', 1000, 40);
    const bff = span('order-bff', 'POST /orders', edge.spanId, 1002, 30);
    const order = span('order', 'POST /orders', bff.spanId, 1005, 20);
    const sendLater = span('order', 'send ValidateOrderDetails', order.spanId, 1012);
    const sendFirst = span('order', 'send ValidateConsumer', order.spanId, 1010);
    const consumer = span('consumer', 'process ValidateConsumer', sendFirst.spanId, 1030);

    const trace = composeTrace(traceId, [
      { part: 'consumer', spans: [consumer], problem: null },
      { part: 'order', spans: [sendLater, order, sendFirst], problem: null },
      { part: 'edge', spans: [edge], problem: null },
      { part: 'order-bff', spans: [bff, bff], problem: null },
      { part: 'kitchen', spans: [], problem: 'did not answer: could not be reached' },
    ]);

    expect(trace.spans.map((s) => [s.depth, s.part, s.name, s.offsetMs])).toEqual([
      [0, 'edge', 'POST /bff/order/*', 0],
      [1, 'order-bff', 'POST /orders', 2],
      [2, 'order', 'POST /orders', 5],
      [3, 'order', 'send ValidateConsumer', 10],
      [4, 'consumer', 'process ValidateConsumer', 30],
      [3, 'order', 'send ValidateOrderDetails', 12],
    ]);
    // The edge's parent is the browser's span, which no part holds: the tree's root, marked.
    expect(trace.spans[0]!.orphan).toBe(true);
    expect(trace.spans.slice(1).every((s) => !s.orphan)).toBe(true);
    expect(trace).toMatchObject({ startedAt: 1000, durationMs: 40 });
    expect(trace.parts.find((part) => part.part === 'kitchen')).toEqual({ part: 'kitchen', spans: 0, problem: 'did not answer: could not be reached' });
  });

  it('is empty, not an error, when no part holds the trace any more', () => {
    expect(composeTrace(traceId, [{ part: 'order', spans: [], problem: null }])).toEqual({
      traceId,
      startedAt: null,
      durationMs: 0,
      spans: [],
      parts: [{ part: 'order', spans: 0, problem: null }],
    });
  });
});

import { SpanKind, SpanStatusCode, type HrTime } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import type { TraceSpan } from '@tiffin/contracts/traces';

const kinds: Record<SpanKind, TraceSpan['kind']> = {
  [SpanKind.INTERNAL]: 'internal',
  [SpanKind.SERVER]: 'server',
  [SpanKind.CLIENT]: 'client',
  [SpanKind.PRODUCER]: 'producer',
  [SpanKind.CONSUMER]: 'consumer',
};

const statuses: Record<SpanStatusCode, TraceSpan['status']> = {
  [SpanStatusCode.UNSET]: 'unset',
  [SpanStatusCode.OK]: 'ok',
  [SpanStatusCode.ERROR]: 'error',
};

const millisOf = ([seconds, nanos]: HrTime) => seconds * 1000 + nanos / 1e6;

/** A kept span as the trace routes answer it; made only when an operator asks. */
export function spanRecordOf(span: ReadableSpan, part: string): TraceSpan {
  const attributes: TraceSpan['attributes'] = [];
  for (const [key, value] of Object.entries(span.attributes)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') attributes.push({ key, value: String(value) });
  }
  const context = span.spanContext();
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? null,
    name: span.name,
    kind: kinds[span.kind],
    part,
    startedAt: millisOf(span.startTime),
    durationMs: millisOf(span.duration),
    status: statuses[span.status.code],
    statusMessage: span.status.message ?? null,
    attributes,
  };
}

import type { ComposedTrace, WaterfallSpan } from '@tiffin/contracts/ops-telemetry';
import type { TraceSpan } from '@tiffin/contracts/traces';

/** What one part answered for the trace: its spans, or why it gave none. */
export interface PartAnswer {
  part: string;
  spans: readonly TraceSpan[];
  problem: string | null;
}

/**
 * One trace from the spans every part kept of it, as a tree: each span under its parent, children
 * by start time, depth first. A span whose parent no part holds (the browser's, or one that was
 * dropped from a full buffer) starts a tree of its own, marked an orphan, so nothing is hidden.
 */
export function composeTrace(traceId: string, answers: readonly PartAnswer[]): ComposedTrace {
  const byId = new Map<string, TraceSpan>();
  for (const answer of answers) for (const span of answer.spans) if (span.traceId === traceId) byId.set(span.spanId, span);
  const spans = [...byId.values()];
  const children = new Map<string, TraceSpan[]>();
  const roots: TraceSpan[] = [];
  for (const span of spans) {
    if (span.parentSpanId && byId.has(span.parentSpanId)) {
      const siblings = children.get(span.parentSpanId) ?? [];
      siblings.push(span);
      children.set(span.parentSpanId, siblings);
    } else {
      roots.push(span);
    }
  }
  const startedAt = spans.length > 0 ? Math.min(...spans.map((span) => span.startedAt)) : null;
  const endedAt = spans.length > 0 ? Math.max(...spans.map((span) => span.startedAt + span.durationMs)) : null;
  const byStart = (a: TraceSpan, b: TraceSpan) => a.startedAt - b.startedAt;

  const ordered: WaterfallSpan[] = [];
  const visit = (span: TraceSpan, depth: number) => {
    ordered.push({ ...span, depth, offsetMs: span.startedAt - startedAt!, orphan: depth === 0 && span.parentSpanId !== null });
    for (const child of (children.get(span.spanId) ?? []).sort(byStart)) visit(child, depth + 1);
  };
  for (const root of roots.sort(byStart)) visit(root, 0);

  return {
    traceId,
    startedAt,
    durationMs: startedAt === null || endedAt === null ? 0 : endedAt - startedAt,
    spans: ordered,
    parts: answers.map(({ part, spans: kept, problem }) => ({ part, spans: kept.length, problem })),
  };
}

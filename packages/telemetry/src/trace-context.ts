import { context, isSpanContextValid, ROOT_CONTEXT, trace, type Context, type SpanContext } from '@opentelemetry/api';
import { parseTraceParent } from '@opentelemetry/core';

/**
 * W3C trace context as Tiffin carries it where no HTTP header exists: in a message's envelope (the
 * outbox row holds it, the broker carries it). Only the OpenTelemetry API is used here, so a package
 * that stamps or reads it (messages, saga-kit) costs nothing when no SDK is set up in the process.
 */

/** `00-<trace id>-<span id>-<flags>`, the `traceparent` header's form. */
export function formatTraceparent(span: SpanContext): string {
  return `00-${span.traceId}-${span.spanId}-${span.traceFlags & 1 ? '01' : '00'}`;
}

/** The traceparent of the span active here, if any: what a message created now carries. */
export function currentTraceparent(): string | undefined {
  const span = trace.getSpanContext(context.active());
  return span && isSpanContextValid(span) ? formatTraceparent(span) : undefined;
}

/** The trace id active here, if any: what a saga records when it starts, so its timeline can name its trace. */
export function currentTraceId(): string | undefined {
  const span = trace.getSpanContext(context.active());
  return span && isSpanContextValid(span) ? span.traceId : undefined;
}

/** A context whose parent is the span `traceparent` names (as a remote one), or the root when it names none. */
export function contextOfTraceparent(traceparent: string | undefined): Context {
  const parent = traceparent ? parseTraceParent(traceparent) : null;
  return parent && isSpanContextValid(parent) ? trace.setSpanContext(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
}

/**
 * `work` bound to the context active now: for work queued here and run later from someone else's
 * call (a consumer's group commit runs every message's work from the first one's), so what it
 * creates is still the child of its own message's span.
 */
export function inCurrentContext<A extends unknown[], R>(work: (...args: A) => R): (...args: A) => R {
  return context.bind(context.active(), work);
}

import { context, trace, TraceFlags } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { createTelemetry } from './telemetry';

const remoteParent = (traceFlags: TraceFlags) =>
  trace.setSpanContext(context.active(), { traceId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', spanId: 'b0b1b2b3b4b5b6b7', traceFlags, isRemote: true });
const recorded = (part: ReturnType<typeof createTelemetry>, flags: TraceFlags) => part.tracer.startSpan('request', {}, remoteParent(flags)).isRecording();

describe('sampling', () => {
  const nothing = { OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0' };
  const everything = { OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '1' };

  it('lets the edge decide by its ratio whatever a browser’s traceparent says', () => {
    expect(recorded(createTelemetry({ part: 'edge', env: nothing, takesRequestsFromOutside: true }), TraceFlags.SAMPLED)).toBe(false);
    expect(recorded(createTelemetry({ part: 'edge', env: everything, takesRequestsFromOutside: true }), TraceFlags.NONE)).toBe(true);
  });

  it('has every other part follow the decision it is handed, so a trace is recorded whole or not at all', () => {
    expect(recorded(createTelemetry({ part: 'order', env: nothing }), TraceFlags.SAMPLED)).toBe(true);
    expect(recorded(createTelemetry({ part: 'order', env: everything }), TraceFlags.NONE)).toBe(false);
  });

  it('records nothing with OTEL_SDK_DISABLED, and keeps counting', async () => {
    const disabled = createTelemetry({ part: 'order', env: { OTEL_SDK_DISABLED: 'true' } });
    expect(recorded(disabled, TraceFlags.SAMPLED)).toBe(false);
    disabled.metrics.messagePublished('OrderApproved');
    expect((await disabled.metrics.exposition()).text).toContain('tiffin_messages_published_total{type="OrderApproved"} 1');
  });
});

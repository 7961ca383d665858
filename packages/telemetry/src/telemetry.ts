import { trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TraceSpan } from '@tiffin/contracts/traces';
import { useAsyncContext } from './context-manager';
import { PartMetrics } from './part-metrics';
import { samplerOf } from './sampler';
import { SpanBuffer } from './span-buffer';
import { spanRecordOf } from './span-record';
import { otlpTracesUrl, telemetrySettings } from './telemetry-settings';

export interface TelemetryOptions {
  /** The part, as its spans and metrics name it: `order`, `order-bff`, `edge`. */
  part: string;
  env?: NodeJS.ProcessEnv;
  /** The edge: requests come from browsers, whose traceparent may continue a trace but not force sampling. */
  takesRequestsFromOutside?: boolean;
}

/** One part's OpenTelemetry tracer and Prometheus metrics: what defineService, defineBff and the edge each make. */
export interface Telemetry {
  readonly part: string;
  readonly tracer: Tracer;
  readonly metrics: PartMetrics;
  /** The spans of one trace this part still holds, oldest first. */
  spansOf(traceId: string): TraceSpan[];
  /** Exports what is still buffered for OTLP; the part's last step when it stops (it may start again). */
  flush(): Promise<void>;
}

/**
 * The telemetry of one part, set up as eShop's ServiceDefaults set it up for every project: spans
 * with the OpenTelemetry SDK, kept in a bounded in-memory buffer (what the ops BFF reads) and, when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, exported over OTLP/HTTP in batches; metrics with prom-client.
 * Each part has its own tracer provider rather than the global one, so parts sharing a process each
 * name their own spans and answer for their own.
 */
export function createTelemetry(options: TelemetryOptions): Telemetry {
  const settings = telemetrySettings(options.env ?? process.env);
  const metrics = new PartMetrics();
  if (settings.OTEL_SDK_DISABLED === 'true') {
    return { part: options.part, tracer: trace.getTracer('tiffin'), metrics, spansOf: () => [], flush: async () => undefined };
  }
  useAsyncContext();
  const buffer = new SpanBuffer(settings.TIFFIN_TRACE_BUFFER_SPANS);
  const processors: SpanProcessor[] = [buffer];
  const url = otlpTracesUrl(settings);
  if (url) processors.push(new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) }));
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.part, 'service.namespace': 'tiffin' }),
    sampler: samplerOf(settings, { decidesForRemoteParents: options.takesRequestsFromOutside }),
    spanProcessors: processors,
  });
  return {
    part: options.part,
    tracer: provider.getTracer('tiffin'),
    metrics,
    spansOf: (traceId) => buffer.spansOf(traceId).map((span) => spanRecordOf(span, options.part)),
    flush: () => provider.forceFlush(),
  };
}

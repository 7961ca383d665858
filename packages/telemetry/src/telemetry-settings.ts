import { z } from 'zod';

/**
 * What a process's telemetry is told by its environment: the OpenTelemetry SDK's own variables
 * (the SDK for Node reads them; the bare tracing SDK used here does not, so they are read here) and
 * the size of the in-memory span buffer the ops BFF reads.
 */
const settingsSchema = z.object({
  /** `true` turns spans off altogether (metrics stay). */
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).default('false'),
  /** Where an OTLP/HTTP collector listens, e.g. http://127.0.0.1:4318; spans go to `<it>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** The traces endpoint itself, when it is not `<OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces`. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  OTEL_TRACES_SAMPLER: z
    .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])
    .default('parentbased_always_on'),
  /** The ratio of the `traceidratio` samplers, 0 to 1. */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  /**
   * Finished spans each process keeps for the ops BFF, newest replacing oldest. An order leaves about
   * 14 in the order service (its request, 6 replies handled, 7 messages sent), fewer elsewhere, so
   * the default keeps the last few hundred orders of each process. 0 keeps none.
   */
  TIFFIN_TRACE_BUFFER_SPANS: z.coerce.number().int().min(0).max(1_000_000).default(4096),
});

export type TelemetrySettings = z.infer<typeof settingsSchema>;

export function telemetrySettings(env: NodeJS.ProcessEnv): TelemetrySettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid telemetry configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The OTLP traces URL the settings name, if any. */
export function otlpTracesUrl(settings: TelemetrySettings): string | undefined {
  if (settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base ? `${base.replace(/\/$/, '')}/v1/traces` : undefined;
}

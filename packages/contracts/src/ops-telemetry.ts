import { z } from 'zod';
import { traceSpan } from './traces';

/**
 * The ops BFF's telemetry, as the operations slice reads it: one trace composed from every part's
 * spans (GET /traces/:traceId), and the last minutes of each part's metrics (GET /overview/metrics).
 */

/** A span placed in its trace's tree: how deep, and when it started after the trace did. */
export const waterfallSpan = traceSpan.extend({
  depth: z.number().int().min(0),
  offsetMs: z.number(),
  /** Its parent is named but no part holds it (a browser's span, or one that was dropped). */
  orphan: z.boolean(),
});
export type WaterfallSpan = z.infer<typeof waterfallSpan>;

/** Which parts were asked for the trace, and what each gave. */
export const tracePart = z.object({ part: z.string(), spans: z.number().int(), problem: z.string().nullable() });

export const composedTrace = z.object({
  traceId: z.string(),
  /** When its first span started (epoch ms); null when no part holds any of it. */
  startedAt: z.number().nullable(),
  /** From its first span's start to its last span's end. */
  durationMs: z.number(),
  /** Depth first, each span's children by start time. */
  spans: z.array(waterfallSpan),
  parts: z.array(tracePart),
});
export type ComposedTrace = z.infer<typeof composedTrace>;

/** One scrape of one part's /metrics, boiled down to what the overview charts. Null: the part did not report it. */
export const metricsSample = z.object({
  at: z.iso.datetime(),
  up: z.boolean(),
  brokerConnected: z.boolean().nullable(),
  /** Age of the oldest unpublished outbox row. */
  outboxLagSeconds: z.number().nullable(),
  /** Messages waiting in the part's consumers' queues. */
  waitingMessages: z.number().nullable(),
  deadLetters: z.number().nullable(),
  /** Since the previous sample, per second. */
  messagesPerSecond: z.number().nullable(),
  requestsPerSecond: z.number().nullable(),
});
export type MetricsSample = z.infer<typeof metricsSample>;

export const partMetricsHistory = z.object({
  name: z.string(),
  kind: z.enum(['service', 'bff', 'edge']),
  samples: z.array(metricsSample),
});
export type PartMetricsHistory = z.infer<typeof partMetricsHistory>;

export const metricsHistory = z.object({
  intervalSeconds: z.number(),
  windowMinutes: z.number(),
  parts: z.array(partMetricsHistory),
});
export type MetricsHistory = z.infer<typeof metricsHistory>;

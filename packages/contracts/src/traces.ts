import { z } from 'zod';

/** A W3C trace id: 32 lowercase hex digits, not all zero. */
export const traceId = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex digits')
  .refine((value) => !/^0+$/.test(value), 'must not be all zeros');

export const traceParams = z.object({ traceId });

/**
 * One finished span as a process kept it (`GET /admin/traces/:traceId` on every service, BFF and the
 * edge): OpenTelemetry's span, flattened for JSON, times in epoch milliseconds.
 */
export const traceSpan = z.object({
  traceId: z.string(),
  spanId: z.string(),
  /** Null for the first span of the trace; a parent no process kept is still named here. */
  parentSpanId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(['internal', 'server', 'client', 'producer', 'consumer']),
  /** The process that recorded it: a service's name, `<name>-bff`, or `edge`. */
  part: z.string(),
  startedAt: z.number(),
  durationMs: z.number(),
  status: z.enum(['unset', 'ok', 'error']),
  statusMessage: z.string().nullable(),
  /** OpenTelemetry's attributes (route, status code, message id, consumer…), each value as text: the builders the shell gives slices have no records. */
  attributes: z.array(z.object({ key: z.string(), value: z.string() })),
});
export type TraceSpan = z.infer<typeof traceSpan>;

/** What one process holds of a trace. */
export const partTrace = z.object({ part: z.string(), spans: z.array(traceSpan) });
export type PartTrace = z.infer<typeof partTrace>;

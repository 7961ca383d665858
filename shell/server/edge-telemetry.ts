import type { FastifyInstance, FastifyRequest } from 'fastify';
import { identitySecret, metricsToken, telemetryRoutes, traceHttpRequests, traceparentOf, type HttpApp } from '@tiffin/http-kit';
import { createTelemetry, type Telemetry } from '@tiffin/telemetry';

/** What the edge traces: the calls it proxies and signs in, not the shell's files or probes. */
const tracedPaths = /^\/(bff|auth)\//;

/**
 * The edge's spans and metrics, as every BFF and service has them: a server span per proxied call
 * (the root of its trace, or the child of the browser's traceparent, which may not force sampling),
 * its latency, and the operator routes GET /admin/traces/:traceId and GET /metrics.
 */
export function observeEdge(app: FastifyInstance, env: NodeJS.ProcessEnv, telemetry?: Telemetry): void {
  const observed = telemetry ?? createTelemetry({ part: 'edge', env, takesRequestsFromOutside: true });
  traceHttpRequests(app, observed, { traces: (url) => tracedPaths.test(url) });
  // What waits for the OTLP exporter goes out before the edge stops.
  app.addHook('onClose', () => observed.flush());
  let secret: string | undefined;
  let token: string | undefined;
  // The operator scope is typed for http-kit's apps; its routes declare no zod schema, so the edge's plain fastify serves them alike.
  telemetryRoutes(app as unknown as HttpApp, observed, {
    secret: () => (secret ??= identitySecret(env)),
    metricsToken: () => (token ??= metricsToken(env)),
  });
}

/** The header that carries the edge's span to the BFF, replacing whatever the browser sent (its tracestate too). */
export function traceHeaderFor(request: FastifyRequest): Record<string, string> {
  const traceparent = traceparentOf(request);
  return traceparent ? { traceparent } : {};
}

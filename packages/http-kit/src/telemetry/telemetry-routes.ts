import { traceParams, type PartTrace } from '@tiffin/contracts/traces';
import type { Telemetry } from '@tiffin/telemetry';
import type { HttpApp } from '../app';
import { ProblemError } from '../errors';
import { operatorScope } from '../operator-scope';
import { bearsToken } from './metrics-token';

export const metricsPath = '/metrics';

export interface TelemetryRouteOptions {
  /** The installation's identity secret, which an operator's signed identity is checked with. */
  secret: () => string;
  /** The bearer token that reads /metrics too (metricsToken). */
  metricsToken: () => string;
}

/**
 * The part's telemetry for operators: GET /admin/traces/:traceId (the spans of one trace it still
 * holds, which the ops BFF composes with every other part's) and GET /metrics (Prometheus text).
 * Both in an operator scope; /metrics also for whoever bears the metrics token (Prometheus).
 * No zod schemas here: the edge, which serves them too, has no zod compilers.
 */
export function telemetryRoutes(app: HttpApp, telemetry: Telemetry, options: TelemetryRouteOptions): void {
  operatorScope(app, options.secret, (scope) => {
    scope.get('/admin/traces/:traceId', async (request): Promise<PartTrace> => {
      const params = traceParams.safeParse(request.params);
      if (!params.success) throw new ProblemError(400, `params.traceId: ${params.error.issues[0]?.message ?? 'invalid'}`);
      return { part: telemetry.part, spans: telemetry.spansOf(params.data.traceId) };
    });
  });
  operatorScope(
    app,
    options.secret,
    (scope) => {
      scope.get(metricsPath, async (_request, reply) => {
        const { contentType, text } = await telemetry.metrics.exposition();
        return reply.type(contentType).send(text);
      });
    },
    { alsoAdmits: (request) => bearsToken(request, options.metricsToken()) },
  );
}

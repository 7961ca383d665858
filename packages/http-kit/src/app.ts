import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { correlationHeader } from '@tiffin/contracts';
import type { Telemetry } from '@tiffin/telemetry';
import { topology } from '@tiffin/topology';
import { correlationIdOf } from './correlation';
import { closeEventStreams } from './event-stream';
import { registerErrorHandling } from './error-handler';
import { refuseUnstorableText } from './storable-text';
import { createLogger, type Logger } from './logger';
import { trackRoutes } from './route-table';
import { traceHttpRequests } from './telemetry/http-spans';
import { trustedSerializerCompiler } from './trusted-serializer';

export type HttpApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * `name` names a BFF or the edge; services say `service` (the shape in service-kit's API.md). Either
 * way it labels the logs and comes back from GET /health under the same key.
 */
export type HttpAppOptions = ({ name: string } | { service: string }) & {
  logger?: Logger;
  /**
   * Answers were validated against their contract before the route returns them (a BFF's service
   * client does that), so serialising them need not validate again.
   */
  trustedResponses?: boolean;
  /**
   * Readiness for GET /health: 200 when `ready`, else 503, either way with the report saying which
   * part is down. Without it, /health only says the process answers (liveness).
   */
  readiness?: () => Promise<{ ready: boolean; report: Record<string, unknown> }>;
  /** The part's telemetry: a server span per request, continuing the caller's traceparent, and its latency. */
  telemetry?: Telemetry;
};

/**
 * A fastify app with Tiffin's conventions: zod schemas on every route, one error handler, text the
 * database could not store refused with a 400, a correlation id on every request, its log lines and
 * its response, and GET /health.
 */
export function createHttpApp(options: HttpAppOptions): HttpApp {
  const label = 'service' in options ? options.service : options.name;
  // Typed as fastify's base logger so the app keeps fastify's default generics; it is still pino.
  const logger: FastifyBaseLogger = options.logger ?? createLogger(label);
  const app = Fastify({
    bodyLimit: topology.http.bodyLimitBytes,
    loggerInstance: logger,
    genReqId: correlationIdOf,
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
  }).withTypeProvider<ZodTypeProvider>();

  if (options.telemetry) traceHttpRequests(app, options.telemetry);
  trackRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.trustedResponses ? trustedSerializerCompiler : serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(correlationHeader, request.id);
  });
  registerErrorHandling(app);
  refuseUnstorableText(app);
  // Before the server waits for open responses to end: event streams end only when told to.
  app.addHook('preClose', async () => closeEventStreams(app.server));

  const identity = 'service' in options ? { service: label } : { name: label };
  const { readiness } = options;
  if (readiness) {
    app.get('/health', async (_request, reply) => {
      const { ready, report } = await readiness();
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', ...identity, ...report });
    });
  } else {
    const health = { status: 'ok', ...identity };
    app.get('/health', async () => health);
  }
  return app;
}

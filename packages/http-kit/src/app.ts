import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { correlationHeader } from '@tiffin/contracts';
import { correlationIdOf } from './correlation';
import { registerErrorHandling } from './error-handler';
import { createLogger, type Logger } from './logger';
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
};

/**
 * A fastify app with Tiffin's conventions: zod schemas on every route, one error handler, a
 * correlation id on every request, its log lines and its response, and GET /health.
 */
export function createHttpApp(options: HttpAppOptions): HttpApp {
  const label = 'service' in options ? options.service : options.name;
  // Typed as fastify's base logger so the app keeps fastify's default generics; it is still pino.
  const logger: FastifyBaseLogger = options.logger ?? createLogger(label);
  const app = Fastify({
    loggerInstance: logger,
    genReqId: correlationIdOf,
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.trustedResponses ? trustedSerializerCompiler : serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(correlationHeader, request.id);
  });
  registerErrorHandling(app);

  const health = 'service' in options ? { status: 'ok', service: label } : { status: 'ok', name: label };
  app.get('/health', async () => health);
  return app;
}

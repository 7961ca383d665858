import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@tiffin/contracts';
import { topology } from '@tiffin/topology';

function refuse(request: FastifyRequest, reply: FastifyReply, statusCode: number, error: string, message: string) {
  const body: Problem = { statusCode, error, message, correlationId: request.id };
  return reply.status(statusCode).send(body);
}

/**
 * What the client got wrong is answered here as a 4xx naming it, before anything is proxied, so a
 * BFF never sees it and the client never reads "unavailable" for its own mistake. (Node itself
 * answers "Expect: 100-continue" and refuses any other expectation with 417.)
 */
export function refuseClientErrors(app: FastifyInstance): void {
  const limit = topology.http.bodyLimitBytes;
  app.addHook('onRequest', async (request, reply) => {
    const length = request.headers['content-length'];
    if (length === undefined && request.headers['transfer-encoding'] !== undefined) {
      return refuse(request, reply, 411, 'Length Required', 'a request body needs a Content-Length');
    }
    if (length !== undefined && Number(length) > limit) {
      // The unread body must not be taken for the next request on this connection.
      reply.header('connection', 'close');
      return refuse(request, reply, 413, 'Payload Too Large', `request body is ${length} bytes; the limit is ${limit}`);
    }
  });
}

/** Fastify's own 4xx (a malformed URL, a bad header) keep their status and say what was wrong; the rest is ours. */
export function edgeErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return refuse(request, reply, status, 'Bad Request', (error as Error).message);
    }
    request.log.error({ err: error }, 'edge request failed');
    return refuse(request, reply, 500, 'Internal Server Error', 'internal error');
  });
}

import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@tiffin/contracts';
import { topology } from '@tiffin/topology';

function refuse(request: FastifyRequest, reply: FastifyReply, statusCode: number, error: string, message: string) {
  const body: Problem = { statusCode, error, message, correlationId: request.id };
  return reply.status(statusCode).send(body);
}

interface BodyRefusal {
  statusCode: number;
  error: string;
  message: string;
}

/** Why the body these headers announce will not be read, or undefined when it may come. */
function bodyRefusal(headers: IncomingHttpHeaders): BodyRefusal | undefined {
  const limit = topology.http.bodyLimitBytes;
  const length = headers['content-length'];
  if (length === undefined && headers['transfer-encoding'] !== undefined) {
    return { statusCode: 411, error: 'Length Required', message: 'a request body needs a Content-Length' };
  }
  if (length !== undefined && Number(length) > limit) {
    return { statusCode: 413, error: 'Payload Too Large', message: `request body is ${length} bytes; the limit is ${limit}` };
  }
  return undefined;
}

/**
 * What the client got wrong is answered here as a 4xx naming it, before anything is proxied, so a
 * BFF never sees it and the client never reads "unavailable" for its own mistake.
 */
export function refuseClientErrors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const refusal = bodyRefusal(request.headers);
    if (!refusal) return;
    // The unread body must not be taken for the next request on this connection.
    if (refusal.statusCode === 413) reply.header('connection', 'close');
    return refuse(request, reply, refusal.statusCode, refusal.error, refusal.message);
  });
  inviteOnlyBodiesItWillRead(app);
}

/**
 * "Expect: 100-continue" asks whether to send the body. Node would say "100 Continue" to every such
 * request before any hook runs, so a client told to go on would upload 2 MB only to be refused, and
 * could see the connection closed under it instead of the 413. The edge knows from the headers: it
 * invites the body only when it will read it, and otherwise the hooks' refusal is the whole answer.
 * (Any other expectation is still refused by Node with 417.)
 */
function inviteOnlyBodiesItWillRead(app: FastifyInstance): void {
  app.server.on('checkContinue', (request, response) => {
    if (!bodyRefusal(request.headers)) response.writeContinue();
    // With a checkContinue listener, Node no longer emits 'request' by itself: fastify's handler is that listener.
    app.server.emit('request', request, response);
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

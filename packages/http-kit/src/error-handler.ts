import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem, ProblemDetails } from '@tiffin/contracts';
import { ProblemError } from './errors';
import { describeValidation } from './validation-message';

function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  message: string,
  details: ProblemDetails = {},
) {
  const body: Problem = {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    correlationId: request.id,
    ...details,
  };
  return reply.status(statusCode).type('application/json; charset=utf-8').send(body);
}

function isClientError(error: FastifyError): boolean {
  return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
}

/**
 * The one place that turns a thrown error into an HTTP answer. Clients see a `problem` body: 4xx
 * with a message they can act on, 5xx with nothing internal except the correlation id to quote.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return sendProblem(request, reply, 400, describeValidation(error.validationContext ?? 'request', error.validation));
    }
    if (error instanceof ProblemError) {
      if (error.statusCode >= 500) request.log.warn({ err: error }, error.message);
      return sendProblem(request, reply, error.statusCode, error.message, error.details);
    }
    // Fastify's own request errors (malformed JSON, wrong content type, body too large) are safe to show.
    if (isClientError(error)) {
      return sendProblem(request, reply, error.statusCode ?? 400, error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, 500, 'internal error');
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 404, `no route ${request.method} ${request.url.split('?')[0]}`),
  );
}

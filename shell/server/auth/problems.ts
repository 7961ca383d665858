import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@tiffin/contracts';

/** The edge's own refusals, in the same problem shape every Tiffin app answers with. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, statusCode: number, message: string): FastifyReply {
  const body: Problem = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, correlationId: request.id };
  return reply.status(statusCode).send(body);
}

export const signInUnavailableMessage = 'sign-in is unavailable right now';
export const signInNeededMessage = 'sign in to use Tiffin';
export const whoUnknownMessage = 'Tiffin cannot check who you are right now; try again in a moment';

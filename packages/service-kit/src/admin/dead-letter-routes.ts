import { z } from 'zod';
import type { Broker } from '@tiffin/broker';
import {
  consumerDeadLetters,
  deadLetterConsumerParams,
  deadLetterDetail,
  deadLetterListQuery,
  deadLetterParams,
  deadLetterReplayed,
  problem,
  serviceDeadLetters,
} from '@tiffin/contracts';
import { NotFoundError, ProblemError, type HttpApp } from '@tiffin/http-kit';

export interface DeadLetterRoutesOptions {
  service: string;
  broker: Broker;
  /** The consumers this service subscribed: the only ones whose dead letters it answers for. */
  consumers: () => readonly string[];
}

/**
 * Operators' view of a service's dead letters, on every service: list, inspect, replay one to its
 * consumer, discard one. defineService registers them in its operator scope: only a signed operator
 * identity (passed on by the ops BFF) reaches them.
 */
export function deadLetterRoutes(app: HttpApp, options: DeadLetterRoutesOptions): void {
  const { service, broker } = options;

  /** The consumer, if it is one of this service's; a dead letter is only ever looked up through it. */
  function ownConsumer(consumer: string): string {
    const own = options.consumers();
    if (!own.includes(consumer)) {
      throw new NotFoundError(`consumer ${consumer} is not one of the ${service} service's consumers (${own.join(', ') || 'none'})`);
    }
    if (!broker.status().connected) throw new ProblemError(503, 'the broker is not connected; dead letters cannot be read now');
    return consumer;
  }

  const notFound = (consumer: string, id: string) => new NotFoundError(`consumer ${consumer} has no dead letter ${id}`);

  app.get(
    '/admin/dead-letters',
    { schema: { querystring: deadLetterListQuery, response: { 200: serviceDeadLetters, 400: problem, 503: problem } } },
    async (request) => {
      const consumers = options.consumers().map(ownConsumer);
      return { service, consumers: await Promise.all(consumers.map((consumer) => broker.listDeadLetters(consumer, request.query))) };
    },
  );

  app.get(
    '/admin/dead-letters/:consumer',
    { schema: { params: deadLetterConsumerParams, querystring: deadLetterListQuery, response: { 200: consumerDeadLetters, 400: problem, 404: problem } } },
    async (request) => broker.listDeadLetters(ownConsumer(request.params.consumer), request.query),
  );

  app.get(
    '/admin/dead-letters/:consumer/:id',
    { schema: { params: deadLetterParams, response: { 200: deadLetterDetail, 404: problem } } },
    async (request) => {
      const { consumer, id } = request.params;
      const letter = await broker.inspectDeadLetter(ownConsumer(consumer), id);
      if (!letter) throw notFound(consumer, id);
      return { ...letter, message: parsedOrNull(letter.body) };
    },
  );

  app.post(
    '/admin/dead-letters/:consumer/:id/replay',
    { schema: { params: deadLetterParams, response: { 200: deadLetterReplayed, 404: problem } } },
    async (request) => {
      const { consumer, id } = request.params;
      if (!(await broker.replayDeadLetter(ownConsumer(consumer), id))) throw notFound(consumer, id);
      return { consumer, id, replayed: true as const };
    },
  );

  app.delete(
    '/admin/dead-letters/:consumer/:id',
    { schema: { params: deadLetterParams, response: { 204: z.null(), 404: problem } } },
    async (request, reply) => {
      const { consumer, id } = request.params;
      if (!(await broker.discardDeadLetter(ownConsumer(consumer), id))) throw notFound(consumer, id);
      return reply.code(204).send(null);
    },
  );
}

function parsedOrNull(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

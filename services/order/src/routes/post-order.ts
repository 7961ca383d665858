import { z } from 'zod';
import { createOrderRequest, idempotencyHeader, idempotencyKey, orderAccepted, problem } from '@tiffin/contracts';
import { ProblemError, type HttpApp } from '@tiffin/http-kit';
import type { OrderContext } from '../context';
import { placeOrder } from '../orders/place-order';

// Loose: the other headers must stay on the request for fastify and the logs.
const orderHeaders = z.looseObject({ [idempotencyHeader]: idempotencyKey });

export function postOrderRoute(app: HttpApp, context: OrderContext): void {
  app.post(
    '/orders',
    {
      schema: {
        headers: orderHeaders,
        body: createOrderRequest,
        response: { 202: orderAccepted, 400: problem, 409: problem, 422: problem, 503: problem },
      },
    },
    async (request, reply) => {
      // Without the broker no participant would hear of the order: say so now rather than accept
      // an order that would wait, unanswered, for the connection to come back.
      if (!context.broker.status().connected) throw new ProblemError(503, 'Orders cannot be taken right now; nothing was placed. Please try again in a moment.');
      const accepted = await placeOrder(context, {
        request: request.body,
        idempotencyKey: request.headers[idempotencyHeader],
        correlationId: request.id,
      });
      return reply.code(202).send(accepted);
    },
  );
}

import { z } from 'zod';
import { createOrderRequest, idempotencyHeader, idempotencyKey, orderAccepted, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
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
        response: { 202: orderAccepted, 400: problem, 409: problem, 422: problem },
      },
    },
    async (request, reply) => {
      const accepted = await placeOrder(context, {
        request: request.body,
        idempotencyKey: request.headers[idempotencyHeader],
        correlationId: request.id,
      });
      return reply.code(202).send(accepted);
    },
  );
}

import { z } from 'zod';
import { consumerHeaders, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { consumerHeader, idempotencyHeader, idempotencyKey, orderAccepted, placeOrderRequest } from '@tiffin/contracts';

const placeOrderHeaders = consumerHeaders.extend({
  [idempotencyHeader]: z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'required: a key that stays the same when the order is retried' : undefined,
    })
    .pipe(idempotencyKey),
});

/** The customer's consumer id comes from the session header, never from the body they send. */
export function placeOrder(app: HttpApp, orders: ServiceClient): void {
  app.post(
    '/orders',
    { schema: { headers: placeOrderHeaders, body: placeOrderRequest, response: { 202: orderAccepted } } },
    async (request, reply) => {
      const consumerId = request.headers[consumerHeader];
      const accepted = await orders.post('/orders', { ...request.body, consumerId }, orderAccepted, {
        correlationId: request.id,
        consumerId,
        headers: { [idempotencyHeader]: request.headers[idempotencyHeader] },
      });
      return reply.status(202).send(accepted);
    },
  );
}

import { z } from 'zod';
import { requireRole, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { idempotencyHeader, idempotencyKey, orderAccepted, placeOrderRequest } from '@tiffin/contracts';

const placeOrderHeaders = z.looseObject({
  [idempotencyHeader]: z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'required: a key that stays the same when the order is retried' : undefined,
    })
    .pipe(idempotencyKey),
});

/** The customer's consumer id comes from the identity the edge signed, never from the body they send. */
export function placeOrder(app: HttpApp, orders: ServiceClient): void {
  app.post(
    '/orders',
    { schema: { headers: placeOrderHeaders, body: placeOrderRequest, response: { 202: orderAccepted } } },
    async (request, reply) => {
      const { consumerId } = requireRole(request, 'customer');
      const accepted = await orders.post('/orders', { ...request.body, consumerId }, orderAccepted, {
        correlationId: request.id,
        consumerId,
        headers: { [idempotencyHeader]: request.headers[idempotencyHeader] },
      });
      return reply.status(202).send(accepted);
    },
  );
}

import { orderAccepted, orderParams, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { OrderContext } from '../context';
import { cancelOrder } from '../cancellation/cancel-order';

/** 202: the cancellation is under way (the order turns CANCELLED once every participant confirmed). */
export function postCancelOrderRoute(app: HttpApp, context: OrderContext): void {
  app.post(
    '/orders/:orderId/cancel',
    { schema: { params: orderParams, response: { 202: orderAccepted, 400: problem, 404: problem, 409: problem } } },
    async (request, reply) => reply.code(202).send(await cancelOrder(context, request.params.orderId, request.id)),
  );
}

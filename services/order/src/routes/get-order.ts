import { order, orderParams, problem } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { OrderContext } from '../context';
import { findOrder } from '../orders/order-reads';

export function getOrderRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/orders/:orderId',
    { schema: { params: orderParams, response: { 200: order, 400: problem, 404: problem } } },
    async (request) => {
      const { orderId } = request.params;
      const found = await findOrder(context.db, orderId);
      if (!found) throw new NotFoundError(`order ${orderId} does not exist`);
      return found;
    },
  );
}
